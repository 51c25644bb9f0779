"""Lifetime value: BG/NBD for how often a buyer will buy again and Gamma-Gamma for how much
(Fader, Hardie & Lee 2005, "Counting your customers the easy way" and "RFM and CLV"). No Qt.

Inputs per buyer, time in weeks (days / 7), purchases counted per day (orders of one day
are one purchase, their amounts added):
- frequency = repeat purchase days (purchase days - 1),
- recency = first to last purchase day, T = first purchase day to the calibration end,
- monetary_value = mean amount of the repeat purchase days (one-purchase buyers have none
  and are left out of the Gamma-Gamma fit).

Fitting: the published log-likelihoods maximised with scipy.optimize over the logs of the
parameters (so they stay positive). Buyers with the same (x, t_x, T) are one weighted row,
which makes 150,000 buyers a few thousand rows. A fit that does not converge, or whose
parameters give no finite mean value (Gamma-Gamma needs q > 1), raises ClvError with a code
(errors.py): never a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from ..errors import OpsDeskError

DAYS_PER_WEEK = 7.0
INPUT_COLUMNS = ("frequency", "recency", "T", "monetary_value")


class ClvError(OpsDeskError):
    """A lifetime-value fit that cannot be trusted: no buyers, no convergence, nonsense."""


@dataclass(frozen=True)
class BgNbdParams:
    r: float
    alpha: float
    a: float
    b: float


@dataclass(frozen=True)
class GammaGammaParams:
    p: float
    q: float
    gamma: float


def clv_inputs(purchases: pd.DataFrame, calibration_end: date) -> pd.DataFrame:
    """purchases: one row per order with `buyer`, `day` (datetime64, midnight) and `amount`
    (currency units) -> one row per buyer with a purchase on or before the calibration end:
    frequency, recency, T (weeks) and monetary_value (NaN without a repeat day)."""
    end = pd.Timestamp(calibration_end)
    days = (purchases.loc[purchases["day"] <= end]
            .groupby(["buyer", "day"], sort=True, observed=True)["amount"].sum()
            .reset_index())
    if days.empty:
        return pd.DataFrame(columns=INPUT_COLUMNS, index=pd.Index([], name="buyer"))
    grouped = days.groupby("buyer", sort=False)
    first = grouped["day"].transform("min")
    is_repeat = days["day"] > first
    out = pd.DataFrame({
        "frequency": grouped.size() - 1,
        "recency": (grouped["day"].max() - grouped["day"].min()).dt.days / DAYS_PER_WEEK,
        "T": (end - grouped["day"].min()).dt.days / DAYS_PER_WEEK,
    })
    repeat = days.loc[is_repeat].groupby("buyer")["amount"].mean()
    out["monetary_value"] = repeat.reindex(out.index)
    return out


def _weighted(frame: pd.DataFrame, columns: list[str]) -> tuple[np.ndarray, ...]:
    """Distinct rows of `columns` and how many buyers each stands for."""
    counts = frame.groupby(columns, sort=False).size().reset_index(name="weight")
    return tuple(counts[c].to_numpy(float) for c in [*columns, "weight"])


def bgnbd_log_likelihood(params, x, t_x, T) -> np.ndarray:
    """Each buyer's log-likelihood under BG/NBD (FHL 2005, eq. 6)."""
    from scipy.special import gammaln  # scipy only when a fit is made: every CLI start
    r, alpha, a, b = params
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    repeat = x > 0
    a4 = np.full_like(x, -np.inf)
    a4[repeat] = (np.log(a) - np.log(b + x[repeat] - 1)
                  - (r + x[repeat]) * np.log(alpha + t_x[repeat]))
    return a1 + a2 + np.logaddexp(a3, a4)


def gamma_gamma_log_likelihood(params, x, m) -> np.ndarray:
    """Each repeat buyer's log-likelihood of their mean value m over x purchases."""
    from scipy.special import gammaln

    p, q, gamma = params
    return (gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(gamma)
            + (p * x - 1) * np.log(m) + p * x * np.log(x) - (p * x + q) * np.log(gamma + m * x))


def _fit(log_likelihood, data: tuple[np.ndarray, ...], start: np.ndarray, code: str) -> np.ndarray:
    from scipy.optimize import minimize

    *columns, weight = data
    total = weight.sum()

    def objective(log_params: np.ndarray) -> float:
        with np.errstate(all="ignore"):  # a trial far out gives inf - inf: judged below
            value = -(weight * log_likelihood(np.exp(log_params), *columns)).sum() / total
        return value if np.isfinite(value) else 1e300

    # L-BFGS-B reaches the optimum in ~150 evaluations (Nelder-Mead needs ~800, 5x the
    # time on 150,000 buyers); Nelder-Mead only when L-BFGS-B gives up
    # (a fit that needs more than these iterations is heading for the edge: refused below)
    best = minimize(objective, start, method="L-BFGS-B",
                    options={"maxiter": 500, "ftol": 1e-15, "gtol": 1e-10})
    if not best.success:
        polished = minimize(objective, best.x, method="Nelder-Mead",
                            options={"maxiter": 2000, "xatol": 1e-10, "fatol": 1e-12})
        best = polished if polished.fun <= best.fun else best
    params = np.exp(best.x)
    if not np.all(np.isfinite(params)) or best.fun >= 1e299:
        raise ClvError(code)
    return params


# A parameter at the edge of this range means the likelihood kept rising towards zero or
# infinity: the data do not pin the model down (e.g. 7 buyers give a = 0, b = 9,857).
_SANE = (1e-3, 1e4)


def _inside(*params: float) -> bool:
    return all(_SANE[0] < value < _SANE[1] for value in params)


def fit_bgnbd(inputs: pd.DataFrame) -> BgNbdParams:
    if inputs.empty:
        raise ClvError("clv_no_buyers")
    data = _weighted(inputs, ["frequency", "recency", "T"])
    r, alpha, a, b = _fit(bgnbd_log_likelihood, data, np.log([1.0, 1.0, 1.0, 1.0]),
                          "clv_not_converged")
    if not _inside(r, alpha, a, b):
        raise ClvError("clv_not_converged")
    return BgNbdParams(r, alpha, a, b)


def fit_gamma_gamma(inputs: pd.DataFrame) -> GammaGammaParams:
    repeat = inputs.loc[(inputs["frequency"] > 0) & (inputs["monetary_value"] > 0)]
    if len(repeat) < 2:
        raise ClvError("clv_no_repeat_buyers")
    # fitted on values in units of their mean, so that gamma (a scale in money) is judged
    # the same in yuan, dollars or yen, then scaled back
    scale = float(repeat["monetary_value"].mean())
    x, m, weight = _weighted(repeat, ["frequency", "monetary_value"])
    p, q, gamma = _fit(gamma_gamma_log_likelihood, (x, m / scale, weight),
                       np.log([1.0, 2.0, 1.0]), "clv_not_converged")
    if q <= 1:  # the mean value is infinite
        raise ClvError("clv_no_mean_value")
    if not _inside(p, q, gamma):
        raise ClvError("clv_not_converged")
    return GammaGammaParams(p, q, gamma * scale)


def p_alive(params: BgNbdParams, x, t_x, T) -> np.ndarray:
    """Probability that a buyer with this history has not dropped out (FHL 2005, eq. 11)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x, t_x, T = (np.asarray(v, float) for v in (x, t_x, T))
    odds = np.where(x > 0, a / (b + np.maximum(x, 1) - 1)
                    * ((alpha + T) / (alpha + t_x)) ** (r + x), 0.0)
    return 1.0 / (1.0 + odds)


def expected_purchases(params: BgNbdParams, t: float, x, t_x, T) -> np.ndarray:
    """Expected purchases in the next t weeks given the history (FHL 2005, eq. 10)."""
    from scipy.special import hyp2f1

    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    x, t_x, T = (np.asarray(v, float) for v in (x, t_x, T))
    z = t / (alpha + T + t)
    head = (a + b + x - 1) / (a - 1)
    body = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    return head * body * p_alive(params, x, t_x, T)


def expected_average_value(params: GammaGammaParams, x, m) -> np.ndarray:
    """Expected value of a buyer's future purchase: a weighted mean of the population mean
    and the buyer's own repeat mean (the population mean for a buyer without repeats)."""
    p, q, gamma = params.p, params.q, params.gamma
    x = np.asarray(x, float)
    m = np.where(x > 0, np.nan_to_num(np.asarray(m, float)), 0.0)
    return (gamma + m * x) * p / (p * x + q - 1)


@dataclass(frozen=True)
class ClvResult:
    bgnbd: BgNbdParams
    gamma_gamma: GammaGammaParams
    buyers: pd.DataFrame  # INPUT_COLUMNS + expected_purchases, p_alive, expected_value


def lifetime_value(inputs: pd.DataFrame, horizon_weeks: float = 52.0,
                   progress=None) -> ClvResult:
    """Fit both models and predict every buyer's purchases and value over the horizon."""
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    bgnbd = fit_bgnbd(inputs)
    step(1, 3)
    gg = fit_gamma_gamma(inputs)
    step(2, 3)
    out = inputs.copy()
    x, t_x, T = (out[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    out["expected_purchases"] = expected_purchases(bgnbd, horizon_weeks, x, t_x, T)
    out["p_alive"] = p_alive(bgnbd, x, t_x, T)
    out["expected_value"] = out["expected_purchases"] * expected_average_value(
        gg, x, out["monetary_value"].to_numpy(float))
    predicted = out[["expected_purchases", "expected_value"]].to_numpy()
    if not np.all(np.isfinite(predicted)) or (predicted < 0).any():
        raise ClvError("clv_nonsense")
    step(3, 3)
    return ClvResult(bgnbd, gg, out)


def purchases_of(orders: pd.DataFrame) -> pd.DataFrame:
    """The paid orders (customer_orders.load_paid_orders) as the purchases the models read:
    buyer key, day and amount in currency units."""
    return pd.DataFrame({"buyer": orders["buyer"].astype(str), "day": orders["day"],
                         "amount": orders["paid_cents"].to_numpy(float) / 100})


def holdout_check(result: ClvResult, purchases: pd.DataFrame, calibration_end: date):
    """Predicted against actual repeat purchase days of the calibration buyers between the
    calibration end and the last day of data; None when there is no data after it."""
    end = pd.Timestamp(calibration_end)
    last = purchases["day"].max()
    if pd.isna(last) or last <= end:
        return None
    weeks = (last - end).days / DAYS_PER_WEEK
    buyers = result.buyers
    x, t_x, T = (buyers[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    predicted = float(expected_purchases(result.bgnbd, weeks, x, t_x, T).sum())
    after = purchases.loc[(purchases["day"] > end) & purchases["buyer"].isin(buyers.index)]
    actual = int(after[["buyer", "day"]].drop_duplicates().shape[0])
    return {"until": last.date().isoformat(), "weeks": weeks, "predicted": predicted,
            "actual": actual}
