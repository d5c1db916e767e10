import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'MRR_MOVEMENTS';

const CUSTOMERS = col('A', 'B', 'A', 'B', 'C', 'A');
const MONTHS = col('2024-01-01', '2024-01-01', '2024-02-01', '2024-02-01', '2024-03-01', '2024-04-01');
const MRR = col(100, 50, 150, 0, 80, 150);

describe('MRR_MOVEMENTS(customers, months, mrr, [calendar])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'num', 'na']);

  it("holds the catalog's bridge: new, expansion, churn, reactivation", () => {
    expect(run(ID, [CUSTOMERS, MONTHS, MRR])).toEqual([
      ['2024-01', 0, 150, 0, 0, 0, 0, 150, 2],
      ['2024-02', 150, 0, 50, 0, 0, -50, 150, 1],
      ['2024-03', 150, 80, 0, 0, 0, -150, 80, 1],
      ['2024-04', 80, 0, 0, 150, 0, -80, 150, 1],
    ]);
  });

  it('sums rows of one customer in one month, takes any day of the month, and shows contraction', () => {
    const table = run(ID, [col('A', 'a', 'A', 'A'), col('2024-01-01', '2024-01-31', '2024-02-15', 45350), col(60, 40, 30, 10)]);
    expect(table).toEqual([
      ['2024-01', 0, 100, 0, 0, 0, 0, 100, 1],
      ['2024-02', 100, 0, 0, 0, -60, 0, 40, 1],
    ]);
  });

  it('keeps ending = starting + movements, and ending equal to what customers pay, on a longer log', () => {
    const customers: unknown[][] = [];
    const months: unknown[][] = [];
    const mrr: unknown[][] = [];
    const paid = new Map<number, number>();
    for (let c = 0; c < 40; c++) {
      for (let m = 0; m < 12; m++) {
        if ((c * 7 + m * 3) % 5 === 0) continue;
        const amount = ((c * 13 + m * 17) % 9) * 10;
        customers.push([`C${c}`]);
        months.push([`2024-${String(m + 1).padStart(2, '0')}-10`]);
        mrr.push([amount]);
        paid.set(m, (paid.get(m) ?? 0) + amount);
      }
    }
    const table = run(ID, [customers, months, mrr]) as number[][];
    expect(table).toHaveLength(12);
    for (const [m, row] of table.entries()) {
      const [, start, add, expand, reactivate, contract, churn, end] = row;
      expect(end).toBe(start + add + expand + reactivate + contract + churn);
      expect(end).toBe(paid.get(m));
      expect(contract).toBeLessThanOrEqual(0);
      expect(churn).toBeLessThanOrEqual(0);
    }
  });

  it('labels Jalali months', () => {
    expect(run(ID, [col('A', 'A'), col('2024-03-19', '2024-03-20'), col(10, 10), 'jalali'])).toEqual([
      ['1402-12', 0, 10, 0, 0, 0, 0, 10, 1],
      ['1403-01', 10, 0, 0, 0, 0, 0, 10, 1],
    ]);
  });

  it('skips rows without a customer or a month, and reads a blank mrr as 0', () => {
    expect(run(ID, [col('A', '', 'B', 'A'), col('2024-01-01', '2024-01-01', '', '2024-02-01'), col(10, 99, 99, '')])).toEqual([
      ['2024-01', 0, 10, 0, 0, 0, 0, 10, 1],
      ['2024-02', 10, 0, 0, 0, 0, -10, 0, 0],
    ]);
  });

  it('gives every error the catalog lists, naming the row of a negative mrr', () => {
    expectError(run(ID, [col('A', 'B'), col('2024-01-01', '2024-01-01'), col(10)]), 'value', 'MRR_MOVEMENTS: customers has 2 cells and mrr has 1');
    expectError(run(ID, [col('A', 'B'), col('2024-01-01', '2024-01-01'), col(10, -5)]), 'num', 'MRR_MOVEMENTS: mrr row 2 is -5');
    expectError(run(ID, [col('A'), col('2024-01-01'), col(10), 'lunar']), 'value', 'MRR_MOVEMENTS: calendar is "lunar"');
    expectError(run(ID, [col('', ''), col('2024-01-01', ''), col(1, 2)]), 'na', 'MRR_MOVEMENTS: customers has no rows with a customer and a month');
  });
});
