// BFGS on functions whose minimum is known.
import { describe, expect, it } from 'vitest';
import { minimize } from '../../../core/numeric/minimize';

describe('minimize', () => {
  it('finds the minimum of Rosenbrock\'s valley from (−1.2, 1)', () => {
    const found = minimize((x, g) => {
      g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2);
      g[1] = 200 * (x[1] - x[0] ** 2);
      return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
    }, [-1.2, 1]);
    expect(found.converged).toBe(true);
    expect(found.x[0]).toBeCloseTo(1, 8);
    expect(found.x[1]).toBeCloseTo(1, 8);
  });

  it('finds the centre of a badly scaled quadratic in four variables', () => {
    const scale = [1, 1e3, 1e-2, 10];
    const found = minimize((x, g) => {
      let f = 0;
      for (let i = 0; i < 4; i++) {
        f += scale[i] * (x[i] - i) ** 2;
        g[i] = 2 * scale[i] * (x[i] - i);
      }
      return f;
    }, [5, 5, 5, 5]);
    expect(found.converged).toBe(true);
    for (let i = 0; i < 4; i++) expect(found.x[i]).toBeCloseTo(i, 5);
  });

  it('says it did not converge when the function has no minimum', () => {
    const found = minimize((x, g) => {
      g[0] = -1;
      return -x[0];
    }, [0], { maxIterations: 50 });
    expect(found.converged).toBe(false);
  });

  it('says it did not converge when the function cannot be evaluated at the start', () => {
    expect(minimize(() => NaN, [0]).converged).toBe(false);
  });
});
