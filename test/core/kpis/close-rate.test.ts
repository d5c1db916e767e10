import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CLOSE_RATE';

describe('CLOSE_RATE(leads, customers)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives customers ÷ leads (lead-to-close)', () => {
    expect(run(ID, [400, 52])).toBe(0.13);
    expect(run(ID, [1200, 30])).toBe(0.025);
    expect(run(ID, ['۱٬۰۰۰', '۱۵۰'])).toBe(0.15);
  });

  it('gives #DIV/0! for 0 leads', () => {
    expectError(run(ID, [0, 0]), 'div0', 'CLOSE_RATE: leads is 0');
  });

  it('gives #NUM! for more customers than leads, or a negative count', () => {
    expectError(run(ID, [10, 11]), 'num', 'CLOSE_RATE: customers is 11, more than leads (10)');
    expectError(run(ID, [-10, 1]), 'num', 'CLOSE_RATE: leads is -10');
    expectError(run(ID, [10, -1]), 'num', 'CLOSE_RATE: customers is -1');
  });

  it('gives #VALUE! for a blank or non-numeric count', () => {
    expectError(run(ID, [400, '']), 'value', 'CLOSE_RATE: customers is blank');
    expectError(run(ID, ['many', 5]), 'value', 'CLOSE_RATE: leads is "many", expected a number');
  });

  it('spills per rep for column ranges', () => {
    expect(run(ID, [col(100, 200), col(25, 10)])).toEqual([[0.25], [0.05]]);
  });
});
