"""Lifetime value: the BG/NBD and Gamma-Gamma fits recover the parameters of buyers
simulated from the models, reproduce the published CDNOW figures, and refuse nonsense."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date

import numpy as np
import pandas as pd
import pytest

from opsdesk_gui.models import clv


def _simulate(n: int, seed: int = 7) -> pd.DataFrame:
    """Buyers from BG/NBD (r 0.25, alpha 4, a 0.8, b 2.5) over T = 52 weeks with
    Gamma-Gamma spend (p 6, q 4, gamma 15); times on whole days, like the shop's."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(0.25, 1 / 4.0, n)
    drop = rng.beta(0.8, 2.5, n)
    T = 52.0
    rows = []
    nu = rng.gamma(4.0, 1 / 15.0, n)
    for i in range(n):
        t, times = 0.0, []
        while True:
            t += rng.exponential(1 / lam[i]) if lam[i] > 0 else np.inf
            if t > T:
                break
            times.append(t)
            if rng.random() < drop[i]:
                break
        x = len(times)
        t_x = np.floor(times[-1] * 7) / 7 if times else 0.0
        m = rng.gamma(6.0, 1 / nu[i], x).mean() if x else np.nan
        rows.append((x, t_x, T, m))
    return pd.DataFrame(rows, columns=list(clv.INPUT_COLUMNS))


def test_fits_recover_simulated_parameters():
    inputs = _simulate(20000)
    bg = clv.fit_bgnbd(inputs)
    assert bg.r == pytest.approx(0.25, rel=0.15)
    assert bg.alpha == pytest.approx(4.0, rel=0.2)
    assert bg.a == pytest.approx(0.8, rel=0.25)
    assert bg.b == pytest.approx(2.5, rel=0.3)
    gg = clv.fit_gamma_gamma(inputs)
    assert gg.p == pytest.approx(6.0, rel=0.2)
    assert gg.q == pytest.approx(4.0, rel=0.25)
    assert gg.gamma == pytest.approx(15.0, rel=0.3)


def _cdnow(tmp_path) -> pd.DataFrame:
    """CDNOW_sample.txt from the lifetimes wheel, downloaded into tmp_path (not committed)."""
    got = subprocess.run([sys.executable, "-m", "pip", "download", "lifetimes==0.11.3",
                          "--no-deps", "--only-binary", ":all:", "-q", "-d", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    wheels = list(tmp_path.glob("*.whl"))
    if got.returncode != 0 or not wheels:
        pytest.skip("the lifetimes wheel (which ships CDNOW_sample.txt) could not be "
                    f"downloaded: {got.stderr.strip()[-200:]}")
    with zipfile.ZipFile(wheels[0]) as wheel:
        text = wheel.read("lifetimes/datasets/CDNOW_sample.txt").decode()
    rows = [line.split() for line in text.splitlines() if line.strip()]
    frame = pd.DataFrame(rows, columns=["master", "buyer", "date", "cds", "amount"])
    frame["day"] = pd.to_datetime(frame["date"], format="%Y%m%d")
    frame["amount"] = frame["amount"].astype(float)
    return frame


@pytest.mark.slow
def test_cdnow_published_parameters(tmp_path):
    inputs = clv.clv_inputs(_cdnow(tmp_path), date(1997, 9, 30))
    assert len(inputs) == 2357
    # the first buyer: purchase days 01-01, 01-18, 08-02 -> x 2, t_x 213 / 7, T 272 / 7
    assert inputs.iloc[0].tolist()[:3] == pytest.approx([2, 213 / 7, 272 / 7])
    bg = clv.fit_bgnbd(inputs)
    # Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426
    assert [bg.r, bg.alpha, bg.a, bg.b] == pytest.approx([0.243, 4.414, 0.793, 2.426],
                                                         rel=2e-3)
    gg = clv.fit_gamma_gamma(inputs)
    # Fader, Hardie & Lee (2005, RFM and CLV): p 6.25, q 3.74, gamma 15.44
    assert [gg.p, gg.q, gg.gamma] == pytest.approx([6.25, 3.74, 15.44], rel=3e-3)


def test_predictions_of_a_known_buyer():
    """With the CDNOW parameters, a buyer without repeats (x 0, T 38.86): P(alive) = 1
    and the expected value uses the population mean p gamma / (q - 1)."""
    bg = clv.BgNbdParams(0.243, 4.414, 0.793, 2.426)
    gg = clv.GammaGammaParams(6.25, 3.74, 15.44)
    assert clv.p_alive(bg, [0], [0], [38.86])[0] == 1.0
    assert clv.expected_average_value(gg, [0], [np.nan])[0] == pytest.approx(
        6.25 * 15.44 / 2.74)
    # x 2, t_x 30.43, T 38.86: 1 / (1 + a / (b + 1) ((alpha + T) / (alpha + t_x))^(r + 2))
    odds = 0.793 / 3.426 * ((4.414 + 38.86) / (4.414 + 30.43)) ** 2.243
    assert clv.p_alive(bg, [2], [30.43], [38.86])[0] == pytest.approx(1 / (1 + odds))
    # the mean value of a repeat buyer is pulled from their own mean towards the
    # population's: (gamma + m x) p / (p x + q - 1)
    assert clv.expected_average_value(gg, [2], [22.35])[0] == pytest.approx(
        (15.44 + 2 * 22.35) * 6.25 / (6.25 * 2 + 2.74))
    later = clv.expected_purchases(bg, 52, [2, 0], [30.43, 0], [38.86, 38.86])
    assert (later > 0).all() and later[0] > later[1]


def test_inputs_count_purchase_days():
    purchases = pd.DataFrame({
        "buyer": ["a", "a", "a", "b"],
        "day": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-15", "2024-01-08"]),
        "amount": [10.0, 5.0, 30.0, 7.0]})
    inputs = clv.clv_inputs(purchases, date(2024, 1, 29))
    # a: days 01-01 (15.00) and 01-15 (30.00): x 1, t_x 2 weeks, T 4 weeks, value 30.00
    assert inputs.loc["a"].tolist() == [1, 2.0, 4.0, 30.0]
    assert inputs.loc["b", "frequency"] == 0 and np.isnan(inputs.loc["b", "monetary_value"])


def test_nonsense_is_refused():
    nobody = pd.DataFrame(columns=list(clv.INPUT_COLUMNS))
    with pytest.raises(clv.ClvError) as caught:
        clv.fit_bgnbd(nobody)
    assert caught.value.code == "clv_no_buyers"
    one_timers = pd.DataFrame({"frequency": [0, 0], "recency": [0.0, 0.0], "T": [5.0, 9.0],
                               "monetary_value": [np.nan, np.nan]})
    with pytest.raises(clv.ClvError) as caught:
        clv.fit_gamma_gamma(one_timers)
    assert caught.value.code == "clv_no_repeat_buyers"
