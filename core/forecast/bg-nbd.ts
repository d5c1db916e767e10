// BG/NBD (Fader, Hardie & Lee 2005): maximum-likelihood fit of r, α, a, b, P(alive) and expected purchases.
import { hyp2f1 } from '../numeric/hypergeometric';
import { maximumLikelihood } from '../numeric/maximum-likelihood';
import type { PurchaseHistory } from './purchase-history';

export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParams {
  readonly logLikelihood: number;
}

/** Customers with the same (x, t_x, T) in days, counted once: the likelihood's sufficient statistics. */
interface Groups {
  readonly x: Int32Array;
  readonly recency: Int32Array;
  readonly age: Int32Array;
  readonly count: Float64Array;
  readonly maxX: number;
  readonly maxDays: number;
  /** Each customer's group. */
  readonly of: Int32Array;
}

function groupCustomers(history: PurchaseHistory): Groups {
  const { x, recencyDays, ageDays } = history;
  let maxDays = 0;
  for (let c = 0; c < ageDays.length; c++) maxDays = Math.max(maxDays, ageDays[c]);
  const span = maxDays + 1;
  const at = new Map<number, number>();
  const gx: number[] = [];
  const gt: number[] = [];
  const gT: number[] = [];
  const count: number[] = [];
  const of = new Int32Array(x.length);
  let maxX = 0;
  for (let c = 0; c < x.length; c++) {
    const key = (x[c] * span + recencyDays[c]) * span + ageDays[c];
    const g = at.get(key);
    if (g !== undefined) {
      count[g]++;
      of[c] = g;
      continue;
    }
    of[c] = gx.length;
    at.set(key, gx.length);
    gx.push(x[c]);
    gt.push(recencyDays[c]);
    gT.push(ageDays[c]);
    count.push(1);
    maxX = Math.max(maxX, x[c]);
  }
  return { x: Int32Array.from(gx), recency: Int32Array.from(gt), age: Int32Array.from(gT), count: Float64Array.from(count), maxX, maxDays, of };
}

/**
 * The log-likelihood of BG/NBD over grouped customers at (r, α, a, b), α in `unitDays`, and its gradient
 * with respect to the logs of the parameters. The gamma-function ratios of integer steps are sums
 * (Γ(r + x) ÷ Γ(r) = Π (r + k)), and ln(α + d) is tabulated per day, so a group costs one exp and one log.
 */
function logLikelihood(groups: Groups, unitDays: number, params: Float64Array, gradient?: Float64Array): number {
  const [r, alpha, a, b] = params;
  const { maxX, maxDays } = groups;
  const sumLogR = new Float64Array(maxX + 1);
  const sumInvR = new Float64Array(maxX + 1);
  const sumLogB = new Float64Array(maxX + 1);
  const sumInvB = new Float64Array(maxX + 1);
  const sumLogAB = new Float64Array(maxX + 1);
  const sumInvAB = new Float64Array(maxX + 1);
  for (let k = 0; k < maxX; k++) {
    sumLogR[k + 1] = sumLogR[k] + Math.log(r + k);
    sumInvR[k + 1] = sumInvR[k] + 1 / (r + k);
    sumLogB[k + 1] = sumLogB[k] + Math.log(b + k);
    sumInvB[k + 1] = sumInvB[k] + 1 / (b + k);
    sumLogAB[k + 1] = sumLogAB[k] + Math.log(a + b + k);
    sumInvAB[k + 1] = sumInvAB[k] + 1 / (a + b + k);
  }
  const logAlphaPlus = new Float64Array(maxDays + 1);
  const invAlphaPlus = new Float64Array(maxDays + 1);
  for (let d = 0; d <= maxDays; d++) {
    logAlphaPlus[d] = Math.log(alpha + d / unitDays);
    invAlphaPlus[d] = 1 / (alpha + d / unitDays);
  }
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  let total = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  for (let g = 0; g < groups.count.length; g++) {
    const x = groups.x[g];
    const weight = groups.count[g];
    const lT = logAlphaPlus[groups.age[g]];
    const lt = logAlphaPlus[groups.recency[g]];
    const a3 = -(r + x) * lT;
    let logSum = a3;
    let w4 = 0;
    if (x > 0) {
      const a4 = logA - Math.log(b + x - 1) - (r + x) * lt;
      const high = Math.max(a3, a4);
      const e3 = Math.exp(a3 - high);
      const e4 = Math.exp(a4 - high);
      logSum = high + Math.log(e3 + e4);
      w4 = e4 / (e3 + e4);
    }
    total += weight * (sumLogR[x] + r * logAlpha + sumLogB[x] - sumLogAB[x] + logSum);
    if (gradient) {
      const w3 = 1 - w4;
      dr += weight * (sumInvR[x] + logAlpha - w3 * lT - w4 * lt);
      dAlpha += weight * (r / alpha - (r + x) * (w3 * invAlphaPlus[groups.age[g]] + w4 * invAlphaPlus[groups.recency[g]]));
      da += weight * (-sumInvAB[x] + (x > 0 ? w4 / a : 0));
      db += weight * (sumInvB[x] - sumInvAB[x] - (x > 0 ? w4 / (b + x - 1) : 0));
    }
  }
  if (gradient) {
    gradient[0] = r * dr;
    gradient[1] = alpha * dAlpha;
    gradient[2] = a * da;
    gradient[3] = b * db;
  }
  return total;
}

/** The maximum-likelihood BG/NBD parameters, or undefined when no interior optimum is found. */
export function fitBgNbd(history: PurchaseHistory): BgNbdFit | undefined {
  const groups = groupCustomers(history);
  let customers = 0;
  let meanAge = 0;
  for (let g = 0; g < groups.count.length; g++) {
    customers += groups.count[g];
    meanAge += groups.count[g] * groups.age[g];
  }
  // α in units of the mean customer age, so the search starts near 1 on any time scale.
  const alphaScale = Math.max(meanAge / customers / history.unitDays, 1 / history.unitDays);
  const fit = maximumLikelihood((params, gradient) => logLikelihood(groups, history.unitDays, params, gradient), [1, alphaScale, 1, 1], [0, 0, 0, 0], customers);
  if (!fit) return undefined;
  const [r, alpha, a, b] = fit.params;
  return { r, alpha, a, b, logLikelihood: fit.logLikelihood };
}

/** The BG/NBD log-likelihood of a history at given parameters (for tests and reports). */
export function bgNbdLogLikelihood(history: PurchaseHistory, params: BgNbdParams, gradient?: Float64Array): number {
  return logLikelihood(groupCustomers(history), history.unitDays, Float64Array.of(params.r, params.alpha, params.a, params.b), gradient);
}

/** ln D, where P(alive) = 1 ÷ D = 1 ÷ (1 + [x > 0] · a ÷ (b + x − 1) · ((α + T) ÷ (α + t_x))^(r + x)). */
function logD(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 0;
  const logTerm = Math.log(p.a / (p.b + x - 1)) + (p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx));
  return logTerm > 0 ? logTerm + Math.log1p(Math.exp(-logTerm)) : Math.log1p(Math.exp(logTerm));
}

/** The probability that a customer with x repeat purchases, the last at t_x, first seen T ago, still buys. */
export function probabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  return Math.exp(-logD(p, x, tx, T));
}

/**
 * Expected purchases in the next t (Fader, Hardie & Lee 2005, eq. 10). The catalog's
 * ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z) is written by Euler's transformation as
 * (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; a+b+x−1; z), z = t ÷ (α+T+t): the same value, but its series does not
 * grow with x (the direct one reaches 10^300 for frequent buyers), so it neither overflows nor cancels.
 */
export function expectedPurchases(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  const tail = Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * (1 - tail) * Math.exp(-logD(p, x, tx, T));
}

/**
 * Every customer's P(alive) and expected purchases in the next t, computed once per group of customers
 * with the same (x, t_x, T); undefined as soon as one cannot be computed (t too far for the series).
 */
export function forecastCustomers(history: PurchaseHistory, p: BgNbdParams, t: number): { alive: Float64Array; purchases: Float64Array } | undefined {
  const groups = groupCustomers(history);
  const unit = history.unitDays;
  const groupAlive = new Float64Array(groups.count.length);
  const groupPurchases = new Float64Array(groups.count.length);
  for (let g = 0; g < groups.count.length; g++) {
    const tx = groups.recency[g] / unit;
    const T = groups.age[g] / unit;
    groupAlive[g] = probabilityAlive(p, groups.x[g], tx, T);
    groupPurchases[g] = expectedPurchases(p, groups.x[g], tx, T, t);
    if (!Number.isFinite(groupPurchases[g])) return undefined;
  }
  return { alive: Float64Array.from(groups.of, (g) => groupAlive[g]), purchases: Float64Array.from(groups.of, (g) => groupPurchases[g]) };
}
