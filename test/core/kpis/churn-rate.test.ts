import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CHURN_RATE';

describe('CHURN_RATE(customers_at_start, customers_lost)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives lost ÷ start', () => {
    expect(run(ID, [200, 10])).toBe(0.05);
    expect(run(ID, [1600, 24])).toBe(0.015);
    expect(run(ID, [50, 50])).toBe(1);
    expect(run(ID, [50, 0])).toBe(0);
  });

  it('gives #DIV/0! when there were no customers at the start', () => {
    expectError(run(ID, [0, 0]), 'div0', 'CHURN_RATE: customers_at_start is 0');
  });

  it('gives #NUM! when more customers are lost than there were', () => {
    expectError(run(ID, [100, 120]), 'num', 'CHURN_RATE: customers_lost is 120, more than customers_at_start (100)');
  });

  it('gives #NUM! for a negative count', () => {
    expectError(run(ID, [100, -1]), 'num', 'CHURN_RATE: customers_lost is -1, expected a number of at least 0');
  });

  it('gives #VALUE! for a blank or non-numeric count', () => {
    expectError(run(ID, ['', 1]), 'value', 'CHURN_RATE: customers_at_start is blank');
    expectError(run(ID, [100, '5 customers']), 'value', 'CHURN_RATE: customers_lost is "5 customers"');
  });

  it('spills monthly churn, naming the failing month', () => {
    const result = run(ID, [col(200, 190, 180), col(10, 200, 9)]) as unknown[][];
    expect(result[0]).toEqual([0.05]);
    expectError(result[1][0], 'num', 'CHURN_RATE: customers_lost row 2 is 200, more than customers_at_start (190)');
    expect(result[2]).toEqual([0.05]);
  });
});
