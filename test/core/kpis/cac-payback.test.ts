import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CAC_PAYBACK';

describe('CAC_PAYBACK(cac, arpa, [gross_margin])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num']);

  it('gives cac ÷ arpa without a margin', () => {
    expect(run(ID, [1200, 100])).toBe(12);
    expect(run(ID, [1000, 400])).toBe(2.5);
    expect(run(ID, [0, 400])).toBe(0);
  });

  it('divides by arpa × margin', () => {
    expect(run(ID, [5000, 250, '50%'])).toBe(40);
    expect(run(ID, [1200, 100, 0.8])).toBe(15);
  });

  it('gives #DIV/0! for an arpa of 0', () => {
    expectError(run(ID, [1200, 0]), 'div0', 'CAC_PAYBACK: arpa is 0');
  });

  it('gives #DIV/0! for a gross margin of 0', () => {
    expectError(run(ID, [1200, 100, 0]), 'div0', 'CAC_PAYBACK: gross_margin is 0');
  });

  it('gives #NUM! for a negative argument or a margin above 1', () => {
    expectError(run(ID, [-1200, 100]), 'num', 'CAC_PAYBACK: cac is -1200, expected a number of at least 0');
    expectError(run(ID, [1200, -100]), 'num', 'CAC_PAYBACK: arpa is -100');
    expectError(run(ID, [1200, 100, 1.2]), 'num', 'CAC_PAYBACK: gross_margin is 1.2', 'write 50% or 0.5');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, ['', 100]), 'value', 'CAC_PAYBACK: cac is blank');
    expectError(run(ID, [1200, 'monthly']), 'value', 'CAC_PAYBACK: arpa is "monthly"');
  });

  it('spills per plan with a shared margin', () => {
    expect(run(ID, [col(1200, 600), col(100, 200), '50%'])).toEqual([[24], [6]]);
  });
});
