// ₂F₁ against the closed forms of Abramowitz & Stegun 15.1.3–15.1.8.
import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../core/numeric/hypergeometric';

describe('hyp2f1', () => {
  it('is −ln(1 − z) ÷ z for (1, 1; 2; z) (A&S 15.1.3)', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 12);
    // Close to 1 the series needs hundreds of thousands of terms, and still converges.
    expect(hyp2f1(1, 1, 2, 0.9999)).toBeCloseTo(-Math.log(1e-4) / 0.9999, 9);
  });

  it('is (1 − z)^−a for (a, b; b; z) (A&S 15.1.8)', () => {
    for (const [a, z] of [[0.243, 0.5], [3.7, 0.3], [-0.2, 0.95]]) expect(hyp2f1(a, 2.5, 2.5, z)).toBeCloseTo(Math.pow(1 - z, -a), 12);
  });

  it('is arcsin(x) ÷ x for (½, ½; 3/2; x²) (A&S 15.1.6)', () => {
    for (const x of [0.2, 0.7, 0.95]) expect(hyp2f1(0.5, 0.5, 1.5, x * x)).toBeCloseTo(Math.asin(x) / x, 12);
  });

  it('gives NaN rather than a wrong number when the series cannot converge', () => {
    expect(hyp2f1(2, 2, 0.5, 1 - 1e-12)).toBeNaN();
  });
});
