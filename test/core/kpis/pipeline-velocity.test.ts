import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'PIPELINE_VELOCITY';

describe('PIPELINE_VELOCITY(opportunities, avg_deal_value, win_rate, cycle_length)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num']);

  it('gives 50,000,000 per day for 20 opportunities of 150,000,000 at 50% over 30 days (catalog)', () => {
    expect(run(ID, [20, 150000000, 0.5, 30])).toBe(50000000);
    expect(run(ID, [20, 150000000, '50%', 30])).toBe(50000000);
    expect(run(ID, ['۲۰', '۱۵۰٬۰۰۰٬۰۰۰', '۵۰٪', '۳۰'])).toBe(50000000);
  });

  it('gives opportunities × value × rate ÷ cycle', () => {
    expect(run(ID, [12, 40000, 0.25, 60])).toBe(2000);
    expect(run(ID, [0, 40000, 0.25, 60])).toBe(0);
    expect(run(ID, [10, 5000, 1, 50])).toBe(1000);
  });

  it('gives #DIV/0! for a cycle of 0', () => {
    expectError(run(ID, [20, 1000, 0.5, 0]), 'div0', 'PIPELINE_VELOCITY: cycle_length is 0');
  });

  it('gives #NUM! for a win rate above 1, asking for 50% or 0.5', () => {
    expectError(run(ID, [20, 150000000, 50, 30]), 'num', 'PIPELINE_VELOCITY: win_rate is 50, expected a rate from 0 to 1: write 50% or 0.5');
    expectError(run(ID, [20, 1000, '120%', 30]), 'num', 'PIPELINE_VELOCITY: win_rate is "120%"', 'write 50% or 0.5');
  });

  it('gives #NUM! for a negative argument, naming it', () => {
    expectError(run(ID, [-1, 1000, 0.5, 30]), 'num', 'PIPELINE_VELOCITY: opportunities is -1');
    expectError(run(ID, [1, -1000, 0.5, 30]), 'num', 'PIPELINE_VELOCITY: avg_deal_value is -1000');
    expectError(run(ID, [1, 1000, -0.5, 30]), 'num', 'PIPELINE_VELOCITY: win_rate is -0.5');
    expectError(run(ID, [1, 1000, 0.5, -30]), 'num', 'PIPELINE_VELOCITY: cycle_length is -30');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, [20, 1000, '', 30]), 'value', 'PIPELINE_VELOCITY: win_rate is blank');
    expectError(run(ID, [20, '1000 euros', 0.5, 30]), 'value', 'PIPELINE_VELOCITY: avg_deal_value is "1000 euros"');
    expect(run(ID, [20, '1000 EUR', 0.5, 30])).toBe(1000 * 20 * 0.5 / 30);
  });

  it('spills per team with one shared win rate and cycle', () => {
    expect(run(ID, [col(20, 10), col(150000000, 6000), '50%', 30])).toEqual([[50000000], [1000]]);
  });
});
