import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'LTV';

describe('LTV(arpa, churn_rate, [gross_margin])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num']);

  it('gives arpa ÷ churn rate without a margin', () => {
    expect(run(ID, [100, '5%'])).toBe(2000);
    expect(run(ID, [90, 0.25])).toBe(360);
  });

  it('multiplies by the gross margin', () => {
    expect(run(ID, [250, '2%', '80%'])).toBe(10000);
    expect(run(ID, [100, 0.5, 0.5])).toBe(100);
    expect(run(ID, [100, 0.5, 0])).toBe(0);
  });

  it('gives #DIV/0! for a churn rate of 0', () => {
    expectError(run(ID, [100, 0]), 'div0', 'LTV: churn_rate is 0');
    expectError(run(ID, [100, '0%', 0.8]), 'div0', 'LTV: churn_rate is 0');
  });

  it('gives #NUM! for a negative arpa', () => {
    expectError(run(ID, [-100, 0.05]), 'num', 'LTV: arpa is -100, expected a number of at least 0');
  });

  it('gives #NUM! for rates outside 0 to 1, asking for a percentage or a fraction', () => {
    expectError(run(ID, [100, 5]), 'num', 'LTV: churn_rate is 5, expected a rate from 0 to 1: write 50% or 0.5');
    expectError(run(ID, [100, -0.05]), 'num', 'LTV: churn_rate is -0.05');
    expectError(run(ID, [100, 0.05, 80]), 'num', 'LTV: gross_margin is 80', 'write 50% or 0.5');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, ['', 0.05]), 'value', 'LTV: arpa is blank');
    expectError(run(ID, [100, 'five percent']), 'value', 'LTV: churn_rate is "five percent", expected a rate from 0 to 1');
  });

  it('spills per plan, naming a plan with no churn', () => {
    const result = run(ID, [col(100, 50), col('5%', 0)]) as unknown[][];
    expect(result[0]).toEqual([2000]);
    expectError(result[1][0], 'div0', 'LTV: churn_rate row 2 is 0');
  });
});
