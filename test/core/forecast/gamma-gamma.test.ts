// Gamma-Gamma on the CDNOW sample's 946 repeat customers: the published optimum (Fader & Hardie 2013).
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../../core';
import { expectedOrderValue, fitGammaGamma, gammaGammaLogLikelihood } from '../../../core/forecast/gamma-gamma';
import { readPurchaseHistory } from '../../../core/forecast/purchase-history';
import { CDNOW_AS_OF, cdnowOrders } from '../../../scripts/cdnow-orders';

describe('Gamma-Gamma on the CDNOW sample', () => {
  const { customers, days, amounts } = cdnowOrders();
  const history = readPurchaseHistory(customers, Float64Array.from(days), Float64Array.from(amounts), CDNOW_AS_OF, 'weeks');
  if (isKpiError(history)) throw new Error(history.message);
  const fit = fitGammaGamma(history)!;

  it('takes the mean of the repeat purchases, the first left out: customer 0001 spent 29.73 and 14.96', () => {
    expect(history.meanRepeat[0]).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });

  it('reaches the published optimum: p 6.25, q 3.74, γ 15.44, log-likelihood −4055.9 over 946 customers', () => {
    expect(fit.customers).toBe(946);
    expect([fit.p, fit.q, fit.gamma].map((v) => Number(v.toFixed(2)))).toEqual([6.25, 3.74, 15.44]);
    expect(Number(fit.logLikelihood.toFixed(1))).toBe(-4055.9);
    expect(gammaGammaLogLikelihood(history, { p: 6.25, q: 3.74, gamma: 15.44 })).toBeLessThanOrEqual(fit.logLikelihood);
  });

  it('weighs a customer\'s own mean against the population\'s by how often they bought', () => {
    const population = (fit.gamma * fit.p) / (fit.q - 1);
    expect(expectedOrderValue(fit, 0, NaN)).toBe(population);
    const once = expectedOrderValue(fit, 1, 100);
    const often = expectedOrderValue(fit, 20, 100);
    expect(once).toBeGreaterThan(population);
    expect(often).toBeGreaterThan(once);
    expect(often).toBeLessThan(100);
    const weight = (fit.p * 20) / (fit.p * 20 + fit.q - 1);
    expect(often).toBeCloseTo((1 - weight) * population + weight * 100, 12);
  });
});
