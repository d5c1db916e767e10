// CLV_MODEL: the CDNOW optimum through the registry, the holdout, and every way the data can fall short.
import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';
import { CDNOW_AS_OF, cdnowOrders } from '../../../scripts/cdnow-orders';
import { simulateOrders } from '../../../scripts/simulate-orders';

const ID = 'CLV_MODEL';
const cdnow = cdnowOrders();
const column = (values: readonly (string | number)[]) => values.map((v) => [v]);
const rounded = (table: unknown, digits: number) => (table as (string | number)[][]).map(([name, value]) => [name, typeof value === 'number' ? Number(value.toFixed(digits)) : value]);

/** Twelve customers, four of them back on a later day: the least a fit works with. */
function smallShop(overrides: { amounts?: (number | string)[] } = {}) {
  const customers = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'A', 'B', 'C', 'D', 'A'];
  const days = ['2024-01-02', '2024-01-05', '2024-01-09', '2024-01-15', '2024-01-20', '2024-02-01', '2024-02-11', '2024-02-20', '2024-03-01', '2024-03-05', '2024-03-15', '2024-03-20',
    '2024-02-02', '2024-03-10', '2024-04-01', '2024-04-20', '2024-05-01'];
  const amounts = overrides.amounts ?? [50, 20, 35, 80, 15, 60, 45, 25, 70, 30, 40, 55, 45, 25, 30, 90, 55];
  return [column(customers), column(days), column(amounts)];
}

describe('CLV_MODEL(customers, order_dates, [amounts], [as_of], [unit])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'na', 'num']);

  it('gives the published CDNOW optimum for orders to 1997-09-30 in weeks', () => {
    const table = run(ID, [column(cdnow.customers), column(cdnow.days), column(cdnow.amounts), CDNOW_AS_OF, 'weeks']);
    expect(rounded(table, 3)).toEqual([
      ['r', 0.243], ['alpha', 4.414], ['a', 0.793], ['b', 2.426], ['BG/NBD log-likelihood', -9582.429],
      ['p', 6.25], ['q', 3.744], ['gamma', 15.444], ['Gamma-Gamma log-likelihood', -4055.918],
      ['customers', 2357], ['repeat customers', 946],
    ]);
  });

  it('learns nothing from orders after as_of: the holdout changes no number', () => {
    const calibration = cdnow.days.map((d, i) => i).filter((i) => cdnow.days[i] <= CDNOW_AS_OF);
    const only = (values: readonly (string | number)[]) => column(calibration.map((i) => values[i]));
    const all = run(ID, [column(cdnow.customers), column(cdnow.days), column(cdnow.amounts), CDNOW_AS_OF, 'weeks']);
    expect(calibration.length).toBeLessThan(cdnow.days.length);
    expect(run(ID, [only(cdnow.customers), only(cdnow.days), only(cdnow.amounts), CDNOW_AS_OF, 'weeks'])).toEqual(all);
  });

  it('fits the purchase model alone without amounts, the Gamma-Gamma rows blank', () => {
    const table = run(ID, [column(cdnow.customers), column(cdnow.days), undefined, CDNOW_AS_OF, 'هفته']) as (string | number)[][];
    expect(Number((table[0][1] as number).toFixed(3))).toBe(0.243);
    expect(table.slice(5, 9).map((row) => row[1])).toEqual(['', '', '', '']);
    expect(table[10]).toEqual(['repeat customers', 946]);
  });

  it('counts days by default, so α is seven times larger than in weeks', () => {
    const days = run(ID, [column(cdnow.customers), column(cdnow.days), undefined, CDNOW_AS_OF]) as (string | number)[][];
    expect((days[1][1] as number) / 7).toBeCloseTo(4.4136, 3);
    expect(days[0][1]).toBeCloseTo(0.2426, 3);
  });

  it('fits 300 customers of a simulated shop, and gives no optimum for twelve (the estimate runs to a boundary)', () => {
    const orders = simulateOrders({ r: 0.5, alpha: 20, a: 0.7, b: 3, p: 4, q: 3, gamma: 50 }, 300, { seed: 3 });
    const table = run(ID, [column(orders.customers), column(orders.days), column(orders.amounts)]) as (string | number)[][];
    expect(table.map((row) => row[0])).toEqual(['r', 'alpha', 'a', 'b', 'BG/NBD log-likelihood', 'p', 'q', 'gamma', 'Gamma-Gamma log-likelihood', 'customers', 'repeat customers']);
    expect(table[9][1]).toBe(300);
    for (const row of table.slice(0, 4)) expect(row[1] as number).toBeGreaterThan(0);
    expectError(run(ID, smallShop()), 'num', 'CLV_MODEL: the BG/NBD fit found no best parameters for customers');
  });

  it('reads a customer with thousands of orders in any row order as it reads them sorted', () => {
    const orders = simulateOrders({ r: 0.5, alpha: 20, a: 0.7, b: 3, p: 4, q: 3, gamma: 50 }, 300, { seed: 3 });
    // A wholesaler with an order every day for eight years, listed newest first, merged in.
    const customers = [...orders.customers];
    const days = [...orders.days];
    const amounts = [...orders.amounts];
    for (let d = 2920; d > 0; d--) {
      customers.push('Wholesaler');
      days.push(45292 - 2920 + d);
      amounts.push(100 + (d % 7));
    }
    const shuffled = customers.map((_, i) => (i * 7919) % customers.length);
    const pick = <T>(values: T[]) => shuffled.map((i) => [values[i]]);
    const sorted = [...shuffled].sort((i, j) => days[i] - days[j] || i - j);
    const inOrder = <T>(values: T[]) => sorted.map((i) => [values[i]]);
    const forecast = (args: unknown[]) => (run('PURCHASE_FORECAST', [args[0], args[1], 365]) as (string | number)[][])
      .map((row) => row.slice(0, 4)).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    const a = forecast([pick(customers), pick(days)]);
    expect(a).toEqual(forecast([inOrder(customers), inOrder(days)]));
    // 2,920 purchase days from 45292 − 2919 to 45292; T runs to the latest order of anyone.
    expect(a.find((row) => row[0] === 'Wholesaler')).toEqual(['Wholesaler', 2919, 2919, Math.max(...orders.days) - (45292 - 2919)]);
  });

  describe('says what the data lacks', () => {
    it('fewer than 10 customers: #N/A', () => {
      expectError(run(ID, [col('A', 'B', 'A'), col('2024-01-01', '2024-01-02', '2024-02-01')]), 'na', 'CLV_MODEL: customers has 2 customers; the model needs at least 10');
    });

    it('nobody buying on two different days, or a single day of data: #N/A', () => {
      const customers = col('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'A');
      const days = col('2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07', '2024-01-08', '2024-01-09', '2024-01-10', '2024-01-01');
      expectError(run(ID, [customers, days]), 'na', 'CLV_MODEL: order_dates has no customer who bought on two different days by 2024-01-10');
      const oneDay = col(...Array.from({ length: 11 }, () => '2024-03-05'));
      expectError(run(ID, [customers, oneDay]), 'na', 'CLV_MODEL: order_dates has no customer who bought on two different days by 2024-03-05');
    });

    it('no order by as_of: #N/A', () => {
      const [customers, days] = smallShop();
      expectError(run(ID, [customers, days, undefined, '2023-12-31']), 'na', 'CLV_MODEL: order_dates has no order on or before as_of (2023-12-31)');
    });

    it('a repeat purchase of 0 or less: #NUM! naming the cell', () => {
      const amounts = [50, 20, 35, 80, 15, 60, 45, 25, 70, 30, 40, 55, 45, 25, 0, 90, 55];
      expectError(run(ID, smallShop({ amounts }), { addresses: ['A2', 'B2', 'C2'] }), 'num', 'CLV_MODEL: amounts cell C16: the purchase of C on 2024-04-01 adds up to 0');
      const refund = [50, 20, 35, 80, 15, 60, 45, 25, 70, 30, 40, 55, 45, -25, 30, 90, 55];
      expectError(run(ID, smallShop({ amounts: refund })), 'num', 'CLV_MODEL: amounts row 14: the purchase of B on 2024-03-10 adds up to -25');
    });

    it('customers all alike: #NUM!, no optimum', () => {
      const customers: string[] = [];
      const days: string[] = [];
      for (const name of 'ABCDEFGHIJKL') {
        customers.push(name, name);
        days.push('2024-01-01', '2024-01-08');
      }
      expectError(run(ID, [column(customers), column(days), undefined, '2024-01-15']), 'num', 'CLV_MODEL: the BG/NBD fit found no best parameters for customers');
    });

    it('a row with a customer but no date: #VALUE! naming the row', () => {
      const [customers, days] = smallShop();
      days[3] = [''];
      expectError(run(ID, [customers, days]), 'value', 'CLV_MODEL: order_dates row 4 is blank for an order of D');
    });
  });
});
