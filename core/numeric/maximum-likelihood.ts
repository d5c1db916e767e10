// Maximum likelihood over positive parameters: BFGS on their logs, with a bound that tells an optimum from a run-off.
import { minimize } from './minimize';

/** How far (as a factor of its scale) a parameter may go before the fit counts as running off to a boundary. */
const LOG_BOUND = Math.log(1e6);

/**
 * The parameters that maximise `logLikelihood` (which writes its gradient with respect to the parameters'
 * logs), searched from `scales` × e^start; undefined when the search does not converge or a parameter
 * leaves 10⁻⁶…10⁶ × its scale (the likelihood rises towards a boundary: no interior optimum). The value is
 * minimised per observation, so the tolerance means the same for 100 customers or 100,000.
 */
export function maximumLikelihood(
  logLikelihood: (params: Float64Array, gradient: Float64Array) => number,
  scales: readonly number[],
  start: readonly number[],
  observations: number,
): { readonly params: number[]; readonly logLikelihood: number } | undefined {
  const n = scales.length;
  const params = new Float64Array(n);
  const gradient = new Float64Array(n);
  const found = minimize((u, grad) => {
    for (let i = 0; i < n; i++) {
      if (Math.abs(u[i]) > 3 * LOG_BOUND) return NaN;
      params[i] = Math.exp(u[i]) * scales[i];
    }
    const value = logLikelihood(params, gradient);
    for (let i = 0; i < n; i++) grad[i] = -gradient[i] / observations;
    return -value / observations;
  }, start, { tolerance: 1e-9, maxIterations: 1000 });
  if (!found.converged || found.x.some((u) => Math.abs(u) > LOG_BOUND)) return undefined;
  return { params: Array.from(found.x, (u, i) => Math.exp(u) * scales[i]), logLikelihood: -found.value * observations };
}
