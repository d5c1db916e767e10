// ln Γ and ψ against values published in Abramowitz & Stegun (6.1, 6.3) and their identities.
import { describe, expect, it } from 'vitest';
import { digamma, logGamma } from '../../../core/numeric/gamma-functions';

const EULER_GAMMA = 0.5772156649015329;

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10, Math.log(362880)],
    // A&S Table 6.4 gives ln Γ(100) = 359.13420536957540.
    [100, 359.1342053695754],
    [0.01, 4.599479878042022],
  ])('ln Γ(%d) is %d', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it('keeps Γ(x + 1) = x Γ(x) for small and large x', () => {
    for (const x of [0.001, 0.3, 2.5, 17.25, 1234.5]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 11);
  });
});

describe('digamma', () => {
  it.each([
    [1, -EULER_GAMMA],
    [0.5, -EULER_GAMMA - 2 * Math.LN2],
    // ψ(n) = −γ + Σ 1/k for k < n.
    [10, -EULER_GAMMA + 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9],
  ])('ψ(%d) is %d', (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 13);
  });

  it('is the derivative of ln Γ', () => {
    for (const x of [0.05, 0.8, 3.3, 42]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });
});
