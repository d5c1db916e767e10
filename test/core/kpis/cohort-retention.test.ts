import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'COHORT_RETENTION';

describe('COHORT_RETENTION(customers, order_dates, [period], [calendar])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'na', 'num']);

  it("holds the catalog's triangle", () => {
    expect(run(ID, [col('A', 'A', 'B', 'B', 'C'), col('2024-01-05', '2024-02-05', '2024-01-09', '2024-03-01', '2024-02-20')])).toEqual([
      ['2024-01', 2, 1, 0.5, 0.5],
      ['2024-02', 1, 1, 0, ''],
    ]);
  });

  it('counts a customer once per period however many orders, matches customers by label key, and skips blank rows', () => {
    const customers = col('Atlas', 'atlas ', 'ATLAS', 'Boreas', '', 'Boreas');
    const dates = col('2024-01-02', '2024-01-20', '2024-03-05', '2024-02-01', '2024-01-01', '');
    expect(run(ID, [customers, dates])).toEqual([
      ['2024-01', 1, 1, 0, 1],
      ['2024-02', 1, 1, 0, ''],
    ]);
  });

  it('leaves out a period in which no customer first ordered', () => {
    expect(run(ID, [col('A', 'B'), col('2024-01-01', '2024-03-01')])).toEqual([
      ['2024-01', 1, 1, 0, 0],
      ['2024-03', 1, 1, '', ''],
    ]);
  });

  it('groups by Jalali quarters and by weeks', () => {
    // 2024-03-19 is in 1402-Q4, 2024-03-20 opens 1403-Q1.
    expect(run(ID, [col('A', 'A', 'B'), col('2024-03-19', '2024-03-20', '2024-04-01'), 'quarter', 'jalali'])).toEqual([
      ['1402-Q4', 1, 1, 1],
      ['1403-Q1', 1, 1, ''],
    ]);
    expect(run(ID, [col('A', 'A'), col('2024-12-31', '2025-01-06'), 'week'])).toEqual([['2024-12-30', 1, 1, 1]]);
  });

  it('gives every error the catalog lists', () => {
    expectError(run(ID, [col('A', 'B'), col('2024-01-01')]), 'value', 'COHORT_RETENTION: order_dates has 1 cell and customers has 2');
    expectError(run(ID, [col('', ''), col('2024-01-01', '')]), 'na', 'COHORT_RETENTION: customers has no orders');
    expectError(run(ID, [col('A'), col('2024-01-01'), 'decade']), 'value', 'COHORT_RETENTION: period is "decade"');
    expectError(run(ID, [col('A', 'B'), col('1900-01-01', '2000-01-01'), 'month']), 'num', 'COHORT_RETENTION: order_dates spans 1201 periods after the first cohort, more than 1000');
    expectError(run(ID, [col('A'), col('no date')]), 'value', 'COHORT_RETENTION: order_dates is "no date"');
  });
});
