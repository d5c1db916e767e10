import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CLV';

describe('CLV(avg_purchase_value, purchases_per_period, periods, [margin])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['num']);

  it('gives value × frequency × periods, a revenue CLV without a margin', () => {
    expect(run(ID, [200, 4, 3])).toBe(2400);
    expect(run(ID, [150, 2.5, 4])).toBe(1500);
    expect(run(ID, [0, 4, 3])).toBe(0);
  });

  it('multiplies by the margin when given', () => {
    expect(run(ID, [150, 2.5, 4, '40%'])).toBe(600);
    expect(run(ID, [1000, 2, 5, 0.5])).toBe(5000);
    expect(run(ID, [200, 4, 3, '۲۵٪'])).toBe(600);
  });

  it('treats a blank margin as left out', () => {
    expect(run(ID, [200, 4, 3, ''])).toBe(2400);
  });

  it('gives #NUM! for a negative argument, naming it', () => {
    expectError(run(ID, [-200, 4, 3]), 'num', 'CLV: avg_purchase_value is -200, expected a number of at least 0');
    expectError(run(ID, [200, -4, 3]), 'num', 'CLV: purchases_per_period is -4');
    expectError(run(ID, [200, 4, -1]), 'num', 'CLV: periods is -1');
  });

  it('gives #NUM! for a margin above 1, asking for 40% or 0.4 style rates', () => {
    expectError(run(ID, [200, 4, 3, 40]), 'num', 'CLV: margin is 40, expected a rate from 0 to 1: write 50% or 0.5');
  });

  it('gives #NUM! rather than Infinity for a result too large', () => {
    expectError(run(ID, [1e200, 1e200, 1e200]), 'num', 'CLV: the result is too large to compute');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, [200, '', 3]), 'value', 'CLV: purchases_per_period is blank');
    expectError(run(ID, [200, 4, 'three']), 'value', 'CLV: periods is "three", expected a number of at least 0');
  });

  it('spills per customer segment', () => {
    expect(run(ID, [col(200, 50), col(4, 12), 3, col('25%', '')])).toEqual([[600], [1800]]);
  });
});
