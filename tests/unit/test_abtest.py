"""The A/B test of two detail-page versions, against values worked out by hand."""

from __future__ import annotations

import math

import pytest

from opsdesk_gui.errors import render
from opsdesk_gui.models.abtest import AbTestError, ab_test


def test_textbook_example():
    # A 200 / 1000 = 20%, B 250 / 1000 = 25%. Pooled p = 450 / 2000 = 0.225;
    # se = sqrt(0.225 x 0.775 x (1/1000 + 1/1000)) = sqrt(0.00034875) = 0.0186748;
    # z = 0.05 / 0.0186748 = 2.6774; two-sided p = erfc(2.6774 / sqrt 2) = 0.00742
    r = ab_test(1000, 200, 1000, 250)
    assert (r.conversion_a, r.conversion_b) == (0.2, 0.25)
    assert r.lift == pytest.approx(0.25)  # 25% / 20% - 1
    assert r.z == pytest.approx(2.6774, abs=1e-4)
    assert r.p_value == pytest.approx(0.00742, abs=5e-5)
    assert r.significant


def test_b_worse_is_significant_too_with_a_negative_z():
    r = ab_test(1000, 250, 1000, 200)
    assert r.z == pytest.approx(-2.6774, abs=1e-4)
    assert r.lift == pytest.approx(-0.2)  # 20% / 25% - 1
    assert r.p_value == pytest.approx(0.00742, abs=5e-5) and r.significant


def test_small_samples_are_not_significant():
    # 10 / 100 vs 12 / 100: pooled 0.11, se = sqrt(0.11 x 0.89 x 0.02) = 0.044249,
    # z = 0.02 / 0.044249 = 0.4520, p = 0.6513: a 20% lift that may be chance
    r = ab_test(100, 10, 100, 12)
    assert r.lift == pytest.approx(0.2)
    assert r.z == pytest.approx(0.4520, abs=1e-4)
    assert r.p_value == pytest.approx(0.6513, abs=1e-3)
    assert not r.significant
    # at 50% confidence (alpha 0.5) the same numbers still are not significant
    assert not ab_test(100, 10, 100, 12, confidence=0.5).significant
    assert ab_test(100, 10, 100, 12, confidence=0.3).significant  # alpha 0.7 > 0.6513


def test_zero_guards():
    # no visitors on one side: no rates to compare
    r = ab_test(0, 0, 1000, 30)
    assert r.conversion_a is None and r.conversion_b == pytest.approx(0.03)
    assert r.lift is None and r.z is None and r.p_value is None and not r.significant
    # A converts nobody: no lift (division by 0), but the test runs:
    # pooled 10 / 2000 = 0.005, se = sqrt(0.005 x 0.995 x 0.002) = 0.0031544,
    # z = 0.01 / 0.0031544 = 3.1702, p = 0.00152
    r = ab_test(1000, 0, 1000, 10)
    assert r.lift is None
    assert r.z == pytest.approx(3.1702, abs=1e-4)
    assert r.p_value == pytest.approx(0.00152, abs=1e-5) and r.significant
    # both convert nobody (or everybody): the same, z = 0, p = 1
    for same in (ab_test(500, 0, 800, 0), ab_test(50, 50, 80, 80)):
        assert (same.z, same.p_value, same.significant) == (0.0, 1.0, False)


def test_counts_that_are_not_counts():
    with pytest.raises(AbTestError) as error:
        ab_test(100, 120, 100, 10)
    assert error.value.code == "bad_ab_counts"
    assert "120 of 100" in str(error.value)
    assert "120" in render("bad_ab_counts", "zh_CN", **error.value.params)
    with pytest.raises(AbTestError):
        ab_test(100, 10, -1, 0)
    assert math.isclose(ab_test(1, 1, 1, 0).conversion_a, 1.0)


def test_difference_and_its_confidence_interval():
    # A 200 / 1000 = 20%, B 250 / 1000 = 25%: difference 5 points.
    # se = sqrt(0.2 x 0.8 / 1000 + 0.25 x 0.75 / 1000) = sqrt(0.0003475) = 0.0186414;
    # 95%: z_crit 1.959964, margin 0.0365364 -> [0.0134636, 0.0865364]
    r = ab_test(1000, 200, 1000, 250)
    assert r.difference == pytest.approx(0.05)
    assert r.ci_low == pytest.approx(0.0134636, abs=1e-6)
    assert r.ci_high == pytest.approx(0.0865364, abs=1e-6)
    # 90%: z_crit 1.644854, margin 0.0306623
    r = ab_test(1000, 200, 1000, 250, confidence=0.9)
    assert (r.ci_low, r.ci_high) == (pytest.approx(0.0193377, abs=1e-6),
                                     pytest.approx(0.0806623, abs=1e-6))
    # small samples: 10% vs 12% of 100, se = sqrt(0.0009 + 0.001056) = 0.0442267,
    # margin 0.0866827: the interval holds 0 (not significant)
    r = ab_test(100, 10, 100, 12)
    assert r.ci_low == pytest.approx(-0.0666827, abs=1e-6) and r.ci_high > 0
    # no visitors on one side: no difference
    r = ab_test(0, 0, 100, 5)
    assert (r.difference, r.ci_low, r.ci_high) == (None, None, None)


def test_below_the_normal_approximation_fisher_decides():
    """A 1 / 10, B 6 / 10: pooled 7 / 20 = 0.35 expects 3.5 buyers per variant (< 5), so
    the z-test (z = 0.5 / sqrt(0.35 x 0.65 x 0.2) = 2.344, p = 0.019, "significant")
    does not hold. Fisher's exact test, with the totals fixed (7 buyers of 20),
    P(x buyers in A) = C(10, x) C(10, 7 - x) / C(20, 7) = [120, 2100, 11340, 25200,
    25200, 11340, 2100, 120] / 77520 for x = 0..7; the observed x = 1 (2100) and the
    tables no more likely (x = 0, 1, 6, 7) give p = 4440 / 77520 = 0.05728: not
    significant at 95%."""
    r = ab_test(10, 1, 10, 6)
    assert r.method == "fisher"
    assert r.z == pytest.approx(2.3440, abs=1e-4)
    assert r.p_value == pytest.approx(4440 / 77520)
    assert not r.significant
    # with enough visitors the normal approximation holds and the z-test is used
    assert ab_test(100, 10, 100, 12).method == "z"
    # nobody (or everybody) converts: no table is less likely, p = 1
    assert ab_test(50, 50, 80, 80).p_value == 1.0
