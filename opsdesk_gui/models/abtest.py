"""A/B test of a change (domain.md §8): two versions' visitors and buyers; is B's
conversion really different from A's? No Qt, no scipy.

- conversion = buyers / visitors per variant (None with 0 visitors).
- lift = conversion_b / conversion_a - 1 (None when A converts nothing).
- Two-proportion z-test with the pooled proportion p = (buyers_a + buyers_b) /
  (visitors_a + visitors_b): se = sqrt(p (1 - p) (1/visitors_a + 1/visitors_b)),
  z = (conversion_b - conversion_a) / se; two-sided p_value = erfc(|z| / sqrt 2).
  When p is 0 or 1 both variants convert alike (none or all): z = 0, p_value = 1.
  Either variant without visitors: no test (z, p_value None), never significant.
- significant: p_value < 1 - confidence (0.05 at the default 95%).
- difference = conversion_b - conversion_a (the absolute lift, in percentage points) and
  its confidence interval at `confidence`, unpooled (Wald): difference ± z_crit x
  sqrt(ca (1 - ca) / visitors_a + cb (1 - cb) / visitors_b), z_crit the normal quantile
  (1.95996 at 95%); None without visitors on either side.
Figures that cannot be counts (negative, or more buyers than visitors) raise
AbTestError with the code 'bad_ab_counts'.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from ..errors import OpsDeskError


class AbTestError(OpsDeskError, ValueError):
    """Visitors and buyers that are not counts of one test."""


@dataclass(frozen=True)
class AbResult:
    visitors_a: int
    buyers_a: int
    visitors_b: int
    buyers_b: int
    conversion_a: float | None
    conversion_b: float | None
    lift: float | None
    z: float | None
    p_value: float | None
    significant: bool
    confidence: float
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None


def ab_test(visitors_a: int, buyers_a: int, visitors_b: int, buyers_b: int,
            confidence: float = 0.95) -> AbResult:
    counts = {"visitors_a": visitors_a, "buyers_a": buyers_a,
              "visitors_b": visitors_b, "buyers_b": buyers_b}
    if (any(v < 0 for v in counts.values()) or buyers_a > visitors_a
            or buyers_b > visitors_b):
        raise AbTestError("bad_ab_counts", counts)
    rate_a = buyers_a / visitors_a if visitors_a else None
    rate_b = buyers_b / visitors_b if visitors_b else None
    lift = rate_b / rate_a - 1 if rate_a and rate_b is not None else None
    z = p_value = None
    if rate_a is not None and rate_b is not None:
        pooled = (buyers_a + buyers_b) / (visitors_a + visitors_b)
        variance = pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b)
        if variance > 0:
            z = (rate_b - rate_a) / math.sqrt(variance)
            p_value = math.erfc(abs(z) / math.sqrt(2))
        else:
            z, p_value = 0.0, 1.0
    significant = p_value is not None and p_value < 1 - confidence
    difference = ci_low = ci_high = None
    if rate_a is not None and rate_b is not None:
        difference = rate_b - rate_a
        spread = math.sqrt(rate_a * (1 - rate_a) / visitors_a
                           + rate_b * (1 - rate_b) / visitors_b)
        margin = NormalDist().inv_cdf(0.5 + confidence / 2) * spread
        ci_low, ci_high = difference - margin, difference + margin
    return AbResult(visitors_a, buyers_a, visitors_b, buyers_b, rate_a, rate_b, lift, z,
                    p_value, significant, confidence, difference, ci_low, ci_high)
