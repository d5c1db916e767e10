// CLV_FORECAST: purchases × order value × margin per customer on the CDNOW sample, and its errors.
import { describe, expect, it } from 'vitest';
import { expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';
import { CDNOW_AS_OF, cdnowOrders } from '../../../scripts/cdnow-orders';
import { simulateOrders } from '../../../scripts/simulate-orders';

const ID = 'CLV_FORECAST';
const cdnow = cdnowOrders();
const column = (values: readonly (string | number)[]) => values.map((v) => [v]);
const args = (horizon: number, margin?: number) => [column(cdnow.customers), column(cdnow.days), column(cdnow.amounts), horizon, CDNOW_AS_OF, 'weeks', margin];

describe('CLV_FORECAST(customers, order_dates, amounts, horizon, [as_of], [unit], [margin])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'na', 'num']);

  it('multiplies the BG/NBD purchases by the Gamma-Gamma order value and the margin', () => {
    const table = run(ID, args(39)) as number[][];
    const forecast = run('PURCHASE_FORECAST', [column(cdnow.customers), column(cdnow.days), 39, CDNOW_AS_OF, 'weeks']) as number[][];
    expect(table).toHaveLength(2357);
    table.forEach((row, i) => {
      expect(row[0]).toBe(forecast[i][0]);
      expect(row[1]).toBe(forecast[i][5]);
      expect(row[3]).toBe(row[1] * row[2]);
    });
    // Customer 0001: 1.226 purchases; repeat mean 22.345 weighed with the population's 35.2 (p 6.25, q 3.74, γ 15.44).
    expect(Number(table[0][1].toFixed(3))).toBe(1.226);
    const p = 6.2496; const q = 3.7442; const gamma = 15.4435;
    const weight = (p * 2) / (p * 2 + q - 1);
    expect(table[0][2]).toBeCloseTo((1 - weight) * (gamma * p) / (q - 1) + weight * 22.345, 2);
    const halved = run(ID, args(39, 0.5)) as number[][];
    expect(halved[0][3]).toBeCloseTo(table[0][3] / 2, 12);
  });

  it('refuses order values so spread that their mean is not finite (q ≤ 1): #NUM!', () => {
    const orders = simulateOrders({ r: 0.5, alpha: 20, a: 0.7, b: 3, p: 2, q: 0.6, gamma: 50 }, 2000, { seed: 1 });
    const shop = [column(orders.customers), column(orders.days), column(orders.amounts)];
    const model = run('CLV_MODEL', shop) as (string | number)[][];
    expect(model[6][0]).toBe('q');
    expect(model[6][1] as number).toBeLessThan(1);
    expectError(run(ID, [...shop, 365]), 'num', 'CLV_FORECAST: amounts give the Gamma-Gamma parameter q = 0.584, at most 1, so the mean order value is not finite');
  });

  it('refuses a margin outside 0–1 and a negative horizon', () => {
    expectError(run(ID, args(39, 2)), 'num', 'CLV_FORECAST: margin is 2');
    expectError(run(ID, args(-5)), 'num', 'CLV_FORECAST: horizon is -5');
  });
});
