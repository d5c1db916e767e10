// Maximum likelihood over log-parameters: closed-form optima found, a likelihood rising to a boundary refused.
import { describe, expect, it } from 'vitest';
import { maximumLikelihood } from '../../../core/numeric/maximum-likelihood';

describe('maximumLikelihood', () => {
  it('finds the exponential rate n ÷ Σx and the gamma scale of a sample, in any units', () => {
    const sample = [0.5, 1.2, 3.3, 0.1, 2.4, 0.9, 1.7];
    const total = sample.reduce((a, b) => a + b, 0);
    for (const unit of [1, 1e-6, 1e6]) {
      const fit = maximumLikelihood((params, gradient) => {
        const rate = params[0];
        gradient[0] = rate * (sample.length / rate - total * unit);
        return sample.length * Math.log(rate) - rate * total * unit;
      }, [1 / unit], [0], sample.length)!;
      expect(fit.params[0] * unit).toBeCloseTo(sample.length / total, 8);
      expect(fit.logLikelihood).toBeCloseTo(sample.length * Math.log(sample.length / (total * unit)) - sample.length, 8);
    }
  });

  it('gives no optimum when the likelihood keeps rising towards a boundary', () => {
    // ln L = −1/θ rises for ever as θ grows.
    expect(maximumLikelihood((params, gradient) => {
      gradient[0] = 1 / params[0];
      return -1 / params[0];
    }, [1], [0], 1)).toBeUndefined();
  });
});
