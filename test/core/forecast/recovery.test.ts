// Fits on orders simulated from known BG/NBD and Gamma-Gamma parameters recover them within sampling error.
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../../core';
import { fitBgNbd } from '../../../core/forecast/bg-nbd';
import { fitGammaGamma } from '../../../core/forecast/gamma-gamma';
import { readPurchaseHistory } from '../../../core/forecast/purchase-history';
import { simulateOrders } from '../../../scripts/simulate-orders';

describe('fits on simulated orders', () => {
  it.each([
    ['days, occasional buyers', { r: 0.5, alpha: 20, a: 0.7, b: 3, p: 4, q: 3, gamma: 50 }, 20_000, 1],
    ['days, frequent buyers', { r: 2, alpha: 60, a: 1, b: 9, p: 6, q: 4, gamma: 200 }, 20_000, 2],
  ] as const)('recovers the parameters (%s) within 15%%', (_name, truth, customers, seed) => {
    const orders = simulateOrders(truth, customers, { seed, endDay: 730 });
    const history = readPurchaseHistory(orders.customers, Float64Array.from(orders.days), Float64Array.from(orders.amounts), undefined, 'days');
    if (isKpiError(history)) throw new Error(history.message);
    const purchases = fitBgNbd(history)!;
    const value = fitGammaGamma(history)!;
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(purchases[key] / truth[key] - 1), key).toBeLessThan(0.15);
    for (const key of ['p', 'q', 'gamma'] as const) expect(Math.abs(value[key] / truth[key] - 1), key).toBeLessThan(0.15);
  });
});
