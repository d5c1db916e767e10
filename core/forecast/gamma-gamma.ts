// Gamma-Gamma (Fader & Hardie 2013): maximum-likelihood fit of p, q, γ and each customer's expected order value.
import { digamma, logGamma } from '../numeric/gamma-functions';
import { maximumLikelihood } from '../numeric/maximum-likelihood';
import type { PurchaseHistory } from './purchase-history';

export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  readonly logLikelihood: number;
  /** Customers with a repeat purchase: the ones the fit learns from. */
  readonly customers: number;
}

/** The repeat customers' x and mean repeat amount m, amounts divided by `scale`. */
interface Repeaters {
  readonly x: Int32Array;
  readonly logX: Float64Array;
  readonly m: Float64Array;
  readonly logM: Float64Array;
  readonly maxX: number;
}

function repeaters(history: PurchaseHistory, scale: number): Repeaters {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let c = 0; c < history.x.length; c++) {
    if (history.x[c] > 0) {
      xs.push(history.x[c]);
      ms.push(history.meanRepeat[c] / scale);
    }
  }
  const x = Int32Array.from(xs);
  const m = Float64Array.from(ms);
  return { x, logX: Float64Array.from(x, Math.log), m, logM: m.map(Math.log), maxX: xs.reduce((max, v) => Math.max(max, v), 0) };
}

/**
 * Σ ln f(m | p, q, γ, x) with f = Γ(px+q) ÷ (Γ(px) Γ(q)) · γ^q m^(px−1) x^px ÷ (γ + m x)^(px+q), and its
 * gradient in the parameters' logs. The gamma-function terms depend on x alone, so they are computed once
 * per distinct x.
 */
function logLikelihood(data: Repeaters, params: Float64Array, gradient?: Float64Array): number {
  const [p, q, gamma] = params;
  const perX = new Float64Array(data.maxX + 1);
  const psiPxq = new Float64Array(data.maxX + 1);
  const psiPx = new Float64Array(data.maxX + 1);
  const seen = new Uint8Array(data.maxX + 1);
  const logGammaQ = logGamma(q);
  const psiQ = digamma(q);
  const logG = Math.log(gamma);
  let total = 0;
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i];
    if (!seen[x]) {
      seen[x] = 1;
      perX[x] = logGamma(p * x + q) - logGamma(p * x) - logGammaQ;
      if (gradient) {
        psiPxq[x] = digamma(p * x + q);
        psiPx[x] = digamma(p * x);
      }
    }
    const m = data.m[i];
    const logMx = Math.log(gamma + m * x);
    total += perX[x] + q * logG + (p * x - 1) * data.logM[i] + p * x * data.logX[i] - (p * x + q) * logMx;
    if (gradient) {
      dp += x * (psiPxq[x] - psiPx[x] + data.logM[i] + data.logX[i] - logMx);
      dq += psiPxq[x] - psiQ + logG - logMx;
      dGamma += q / gamma - (p * x + q) / (gamma + m * x);
    }
  }
  if (gradient) {
    gradient[0] = p * dp;
    gradient[1] = q * dq;
    gradient[2] = gamma * dGamma;
  }
  return total;
}

/** The maximum-likelihood Gamma-Gamma parameters over the customers with repeat purchases, or undefined. */
export function fitGammaGamma(history: PurchaseHistory): GammaGammaFit | undefined {
  // Amounts in units of their mean, so γ starts near 1 in any currency; the likelihood is then shifted back.
  let sum = 0;
  let count = 0;
  for (let c = 0; c < history.x.length; c++) {
    if (history.x[c] > 0) {
      sum += history.meanRepeat[c];
      count++;
    }
  }
  const scale = sum / count;
  const data = repeaters(history, scale);
  // From p = 1, q = 2, γ = 1: a mean order value of the mean amount.
  const fit = maximumLikelihood((params, gradient) => logLikelihood(data, params, gradient), [1, 1, 1], [0, Math.LN2, 0], count);
  if (!fit) return undefined;
  const [p, q, gammaScaled] = fit.params;
  // f(m) = f_scaled(m ÷ s) ÷ s for each of the customers.
  return { p, q, gamma: gammaScaled * scale, logLikelihood: fit.logLikelihood - count * Math.log(scale), customers: count };
}

/** The Gamma-Gamma log-likelihood of a history at given parameters (for tests and reports). */
export function gammaGammaLogLikelihood(history: PurchaseHistory, params: GammaGammaParams): number {
  return logLikelihood(repeaters(history, 1), Float64Array.of(params.p, params.q, params.gamma));
}

/** E[order value] for a customer with x repeat purchases of mean m: a weighted mean of the population's and theirs. */
export function expectedOrderValue(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const population = (gamma * p) / (q - 1);
  if (x === 0) return population;
  const weight = (p * x) / (p * x + q - 1);
  return (1 - weight) * population + weight * m;
}
