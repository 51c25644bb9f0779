"""A/B test of a change (domain.md §8): two versions' visitors and buyers; is B's
conversion really different from A's? No Qt, no scipy.

- conversion = buyers / visitors per variant (None with 0 visitors).
- lift = conversion_b / conversion_a - 1 (None when A converts nothing).
- Two-proportion z-test with the pooled proportion p = (buyers_a + buyers_b) /
  (visitors_a + visitors_b): se = sqrt(p (1 - p) (1/visitors_a + 1/visitors_b)),
  z = (conversion_b - conversion_a) / se; two-sided p_value = erfc(|z| / sqrt 2).
  When p is 0 or 1 both variants convert alike (none or all): z = 0, p_value = 1.
  Either variant without visitors: no test (z, p_value None), never significant.
- Small samples: the z-test's normal approximation holds when every cell expects at
  least 5 (pooled p x visitors and (1 - p) x visitors of each variant, MIN_EXPECTED).
  Below that `method` is 'fisher' and p_value is Fisher's exact test (two-sided: the
  probability, under equal conversion, of every table with the same totals that is no
  more likely than the observed one; hypergeometric). z is still given, for reference.
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

MIN_EXPECTED = 5


class AbTestError(OpsDeskError, ValueError):
    """Visitors and buyers that are not counts of one test."""


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(visitors_a: int, buyers_a: int, visitors_b: int, buyers_b: int) -> float:
    """Two-sided p-value of Fisher's exact test on the 2x2 table of buyers/non-buyers."""
    buyers, total = buyers_a + buyers_b, visitors_a + visitors_b

    def log_p(x: int) -> float:
        return (_log_choose(visitors_a, x) + _log_choose(visitors_b, buyers - x)
                - _log_choose(total, buyers))

    observed = log_p(buyers_a)
    low, high = max(0, buyers - visitors_b), min(buyers, visitors_a)
    p = sum(math.exp(log_p(x)) for x in range(low, high + 1)
            if log_p(x) <= observed + 1e-7)
    return min(1.0, p)


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
    method: str = "z"                  # 'z' (two-proportion z-test) or 'fisher' (exact)


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
    method = "z"
    if rate_a is not None and rate_b is not None:
        pooled = (buyers_a + buyers_b) / (visitors_a + visitors_b)
        variance = pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b)
        if variance > 0:
            z = (rate_b - rate_a) / math.sqrt(variance)
            p_value = math.erfc(abs(z) / math.sqrt(2))
        else:
            z, p_value = 0.0, 1.0
        expected = min(pooled, 1 - pooled) * min(visitors_a, visitors_b)
        if expected < MIN_EXPECTED:
            method = "fisher"
            p_value = fisher_exact(visitors_a, buyers_a, visitors_b, buyers_b)
    significant = p_value is not None and p_value < 1 - confidence
    difference = ci_low = ci_high = None
    if rate_a is not None and rate_b is not None:
        difference = rate_b - rate_a
        spread = math.sqrt(rate_a * (1 - rate_a) / visitors_a
                           + rate_b * (1 - rate_b) / visitors_b)
        margin = NormalDist().inv_cdf(0.5 + confidence / 2) * spread
        ci_low, ci_high = difference - margin, difference + margin
    return AbResult(visitors_a, buyers_a, visitors_b, buyers_b, rate_a, rate_b, lift, z,
                    p_value, significant, confidence, difference, ci_low, ci_high, method)
