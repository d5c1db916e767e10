import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'LTV_CAC_RATIO';

describe('LTV_CAC_RATIO(ltv, cac)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num']);

  it('gives ltv ÷ cac', () => {
    expect(run(ID, [38000, 25000])).toBe(1.52);
    expect(run(ID, [90000, 30000])).toBe(3);
    expect(run(ID, [0, 30000])).toBe(0);
    expect(run(ID, ['۱۲٬۰۰۰', '۴٬۰۰۰'])).toBe(3);
  });

  it('gives #DIV/0! for a cac of 0', () => {
    expectError(run(ID, [38000, 0]), 'div0', 'LTV_CAC_RATIO: cac is 0');
  });

  it('gives #NUM! for a negative argument', () => {
    expectError(run(ID, [-1, 100]), 'num', 'LTV_CAC_RATIO: ltv is -1, expected a number of at least 0');
    expectError(run(ID, [100, -1]), 'num', 'LTV_CAC_RATIO: cac is -1');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, [38000, null]), 'value', 'LTV_CAC_RATIO: cac is blank');
    expectError(run(ID, ['high', 100]), 'value', 'LTV_CAC_RATIO: ltv is "high"');
  });

  it('spills per channel', () => {
    expect(run(ID, [col(9000, 4000), col(3000, 5000)])).toEqual([[3], [0.8]]);
  });
});
