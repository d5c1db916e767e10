// BG/NBD on the CDNOW sample: the published optimum (Fader, Hardie & Lee 2005) and the catalog's customer.
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../../core';
import { bgNbdLogLikelihood, expectedPurchases, fitBgNbd, probabilityAlive } from '../../../core/forecast/bg-nbd';
import { readPurchaseHistory, type PurchaseHistory } from '../../../core/forecast/purchase-history';
import { hyp2f1 } from '../../../core/numeric/hypergeometric';
import { CDNOW_AS_OF, cdnowOrders } from '../../../scripts/cdnow-orders';

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function cdnowHistory(): PurchaseHistory {
  const { customers, days, amounts } = cdnowOrders();
  const history = readPurchaseHistory(customers, Float64Array.from(days), Float64Array.from(amounts), CDNOW_AS_OF, 'weeks');
  if (isKpiError(history)) throw new Error(history.message);
  return history;
}

describe('BG/NBD on the CDNOW sample, 39 weeks from 1997-01-01', () => {
  const history = cdnowHistory();
  const fit = fitBgNbd(history)!;

  it('summarises 2,357 customers, the catalog\'s first one as x 2, t_x 30.43, T 38.86 weeks', () => {
    expect(history.names).toHaveLength(2357);
    expect(history.names[0]).toBe('0001');
    expect([history.x[0], history.recencyDays[0] / 7, history.ageDays[0] / 7].map((v) => Number(v.toFixed(2)))).toEqual([2, 30.43, 38.86]);
  });

  it('reaches the published optimum: r 0.243, α 4.414, a 0.793, b 2.426, log-likelihood −9582.4', () => {
    expect(fit).toBeDefined();
    expect([fit.r, fit.alpha, fit.a, fit.b].map((v) => Number(v.toFixed(3)))).toEqual([0.243, 4.414, 0.793, 2.426]);
    expect(Number(fit.logLikelihood.toFixed(1))).toBe(-9582.4);
  });

  it('is a maximum: the published parameters give a log-likelihood no higher', () => {
    expect(bgNbdLogLikelihood(history, PUBLISHED)).toBeLessThanOrEqual(fit.logLikelihood);
    expect(bgNbdLogLikelihood(history, PUBLISHED)).toBeCloseTo(fit.logLikelihood, 1);
  });

  it('gives the catalog\'s customer 1.226 purchases in the next 39 weeks and P(alive) 0.727', () => {
    expect(Number(expectedPurchases(fit, 2, 30.43, 38.86, 39).toFixed(3))).toBe(1.226);
    expect(Number(probabilityAlive(fit, 2, 30.43, 38.86).toFixed(3))).toBe(0.727);
  });
});

describe('expected purchases', () => {
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it('equals the catalog\'s direct formula where its series is fine', () => {
    for (const [x, tx, T, t] of [[0, 0, 38.86, 39], [2, 30.43, 38.86, 39], [7, 29.43, 38.86, 52], [1, 1.71, 38.86, 10]]) {
      const { r, alpha, a, b } = params;
      const z = t / (alpha + T + t);
      const d = 1 + (x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0);
      const direct = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)) / d;
      expect(expectedPurchases(params, x, tx, T, t)).toBeCloseTo(direct, 10);
    }
  });

  it('stays finite and sensible for a very frequent buyer, where the direct series overflows', () => {
    const { r, alpha, a, b } = params;
    const x = 1000;
    const direct = hyp2f1(r + x, b + x, a + b + x - 1, 520 / (alpha + 60 + 520));
    expect(Number.isFinite(direct)).toBe(false);
    // The last purchase today: alive almost surely.
    const expected = expectedPurchases(params, x, 60, 60, 520);
    expect(Number.isFinite(expected)).toBe(true);
    // Fewer than x ÷ T a week for ten years (dropping out is possible), yet many.
    expect(expected).toBeGreaterThan(1000);
    expect(expected).toBeLessThan((1000 / 60) * 520);
  });

  it('is 0 over no time, and grows with the horizon', () => {
    expect(expectedPurchases(params, 2, 30, 38, 0)).toBe(0);
    expect(expectedPurchases(params, 2, 30, 38, 52)).toBeGreaterThan(expectedPurchases(params, 2, 30, 38, 26));
  });

  it('gives a customer who bought once a P(alive) of 1, and one long silent a low one', () => {
    expect(probabilityAlive(params, 0, 0, 38.86)).toBe(1);
    expect(probabilityAlive(params, 10, 2, 38.86)).toBeLessThan(0.01);
  });
});
