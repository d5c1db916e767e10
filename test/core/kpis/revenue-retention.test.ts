import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const CUSTOMERS = col('A', 'B', 'A', 'B', 'C', 'A');
const MONTHS = col('2024-01-01', '2024-01-01', '2024-02-01', '2024-02-01', '2024-03-01', '2024-04-01');
const MRR = col(100, 50, 150, 0, 80, 150);
const LOG = [CUSTOMERS, MONTHS, MRR];

describe('NRR(customers, months, mrr, start_month, end_month, [calendar])', () => {
  itHoldsEveryExample('NRR');
  itDeclaresErrorKinds('NRR', ['value', 'num', 'div0', 'na']);

  it("holds the catalog's example: expansion makes up for churn, so 1", () => {
    expect(run('NRR', [...LOG, '2024-01-01', '2024-02-01'])).toBe(1);
    expect(run('NRR', [...LOG, 45292, 45351])).toBe(1);
  });

  it('leaves new customers out and counts expansion', () => {
    // From February (A 150) to April (A 150; C arrived in March and left).
    expect(run('NRR', [...LOG, '2024-02-10', '2024-04-30'])).toBe(1);
    // From March (C 80) to April (C gone): 0.
    expect(run('NRR', [...LOG, '2024-03-01', '2024-04-01'])).toBe(0);
    expect(run('NRR', [col('A', 'A', 'B'), col('2024-01-01', '2024-06-01', '2024-06-01'), col(100, 130, 500), '2024-01-01', '2024-06-01'])).toBe(1.3);
  });

  it('reads months in the Jalali calendar', () => {
    const log = [col('A', 'A'), col('2024-03-19', '2024-03-20'), col(100, 120)];
    expect(run('NRR', [...log, '1402/12/01', '1403/01/01', 'jalali'])).toBe(1.2);
    expect(run('NRR', [...log, '2024-03-01', '2024-03-31'])).toBe(1);
  });

  it('gives every error the catalog lists', () => {
    expectError(run('NRR', [...LOG, '2024-03-01', '2024-01-01']), 'num', 'NRR: end_month (2024-01) is before start_month (2024-03)');
    expectError(run('NRR', [...LOG, '2024-05-01', '2024-06-01']), 'div0', 'NRR: no customer has MRR in start_month (2024-05)');
    expectError(run('NRR', [col('A'), col('2024-01-01'), col(-1), '2024-01-01', '2024-01-01']), 'num', 'NRR: mrr is -1');
    expectError(run('NRR', [col('A', 'B'), col('2024-01-01'), col(1, 2), '2024-01-01', '2024-01-01']), 'value', 'NRR: months has 1 cell and customers has 2');
    expectError(run('NRR', [...LOG, 'soon', '2024-01-01']), 'value', 'NRR: start_month is "soon"');
    expectError(run('NRR', [...LOG, '2024-01-01']), 'value', 'NRR: end_month is missing');
    expectError(run('NRR', [col(''), col(''), col(''), '2024-01-01', '2024-02-01']), 'na', 'NRR: customers has no rows with a customer and a month');
  });
});

describe('GRR(customers, months, mrr, start_month, end_month, [calendar])', () => {
  itHoldsEveryExample('GRR');
  itDeclaresErrorKinds('GRR', ['value', 'num', 'div0', 'na']);

  it("holds the catalog's example: expansion does not count, so 2/3", () => {
    expect(run('GRR', [...LOG, '2024-01-01', '2024-02-01'])).toBe(2 / 3);
  });

  it('caps each customer at their start MRR but counts contraction', () => {
    const log = [col('A', 'B', 'A', 'B'), col('2024-01-01', '2024-01-01', '2024-02-01', '2024-02-01'), col(100, 100, 300, 40)];
    expect(run('GRR', [...log, '2024-01-01', '2024-02-01'])).toBe(0.7);
    expect(run('NRR', [...log, '2024-01-01', '2024-02-01'])).toBe(1.7);
  });

  it('gives every error the catalog lists', () => {
    expectError(run('GRR', [...LOG, '2024-03-01', '2024-01-01']), 'num', 'GRR: end_month (2024-01) is before start_month (2024-03)');
    expectError(run('GRR', [...LOG, '2023-12-01', '2024-01-01']), 'div0', 'GRR: no customer has MRR in start_month (2023-12)');
  });
});
