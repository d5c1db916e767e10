// The Gaussian hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, by its power series.

/** Enough for z up to about 1 − 4·10⁻⁶ (a horizon 250,000 times α + T); a customer group needs it at most once. */
const MAX_TERMS = 10_000_000;

/**
 * ₂F₁(a, b; c; z) = Σ (a)ₙ(b)ₙ ÷ ((c)ₙ n!) zⁿ for c > 0 and 0 ≤ z < 1, summed until a term no longer
 * changes the sum. NaN when it has not converged within 10,000,000 terms (z extremely close to 1).
 * Callers that can choose pick the form whose terms shrink fast (see bg-nbd.ts).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    const next = sum + term;
    // Past the largest term (n beyond |a|, |b|) the terms only shrink: stop when one is lost in the sum.
    if (next === sum && n > Math.abs(a) + Math.abs(b)) return next;
    sum = next;
  }
  return NaN;
}
