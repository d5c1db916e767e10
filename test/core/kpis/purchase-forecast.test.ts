// PURCHASE_FORECAST: the catalog's CDNOW customer, the per-customer table, and horizon errors.
import { describe, expect, it } from 'vitest';
import { expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';
import { CDNOW_AS_OF, cdnowOrders } from '../../../scripts/cdnow-orders';

const ID = 'PURCHASE_FORECAST';
const cdnow = cdnowOrders();
const column = (values: readonly (string | number)[]) => values.map((v) => [v]);

describe('PURCHASE_FORECAST(customers, order_dates, horizon, [as_of], [unit])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'na', 'num']);
  const table = run(ID, [column(cdnow.customers), column(cdnow.days), 39, CDNOW_AS_OF, 'weeks']) as (string | number)[][];

  it('gives the catalog\'s customer (x 2, t_x 30.43, T 38.86) 1.226 purchases in 39 weeks and P(alive) 0.727', () => {
    const [name, x, tx, T, alive, purchases] = table[0];
    expect(name).toBe('0001');
    expect([x, Number((tx as number).toFixed(2)), Number((T as number).toFixed(2))]).toEqual([2, 30.43, 38.86]);
    expect(Number((alive as number).toFixed(3))).toBe(0.727);
    expect(Number((purchases as number).toFixed(3))).toBe(1.226);
  });

  it('has one row per customer in order of first appearance, customers alike alike', () => {
    expect(table).toHaveLength(2357);
    expect(new Set(table.map((row) => row[0])).size).toBe(2357);
    const same = table.filter((row) => row[1] === 0 && row[3] === table.find((r) => r[1] === 0)![3]);
    expect(same.length).toBeGreaterThan(1);
    for (const row of same) expect(row.slice(1)).toEqual(same[0].slice(1));
    // A customer who never came back is alive for sure under BG/NBD; over all, some 1,400 purchases are expected.
    expect(same[0][4]).toBe(1);
    const total = table.reduce((sum, row) => sum + (row[5] as number), 0);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThan(2000);
  });

  it('expects nothing over a horizon of 0, and refuses a negative one', () => {
    const none = run(ID, [column(cdnow.customers), column(cdnow.days), 0, CDNOW_AS_OF, 'weeks']) as (string | number)[][];
    expect(none.every((row) => row[5] === 0)).toBe(true);
    expectError(run(ID, [column(cdnow.customers), column(cdnow.days), -1, CDNOW_AS_OF, 'weeks']), 'num', 'PURCHASE_FORECAST: horizon is -1');
  });

  it('refuses a horizon so far ahead that the forecast cannot be computed', () => {
    expectError(run(ID, [column(cdnow.customers), column(cdnow.days), 1e12, CDNOW_AS_OF, 'weeks']), 'num', 'PURCHASE_FORECAST: horizon (1000000000000) reaches too far past these customers\' history');
  });

  it('refuses an unknown unit', () => {
    expectError(run(ID, [column(cdnow.customers), column(cdnow.days), 39, CDNOW_AS_OF, 'months']), 'value', 'PURCHASE_FORECAST: unit is "months"');
  });
});
