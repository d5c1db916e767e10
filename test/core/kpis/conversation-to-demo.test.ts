import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CONVERSATION_TO_DEMO';

describe('CONVERSATION_TO_DEMO(conversations, demos)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives demos ÷ conversations', () => {
    expect(run(ID, [120, 30])).toBe(0.25);
    expect(run(ID, [90, 36])).toBe(0.4);
    expect(run(ID, [9, 3])).toBe(1 / 3);
  });

  it('gives #DIV/0! when no conversation was held', () => {
    expectError(run(ID, [0, 0]), 'div0', 'CONVERSATION_TO_DEMO: conversations is 0');
  });

  it('gives #NUM! for more demos than conversations, or a negative count', () => {
    expectError(run(ID, [30, 31]), 'num', 'CONVERSATION_TO_DEMO: demos is 31, more than conversations (30)');
    expectError(run(ID, [30, '-3']), 'num', 'CONVERSATION_TO_DEMO: demos is "-3"');
  });

  it('gives #VALUE! for a blank or non-numeric count', () => {
    expectError(run(ID, ['', 3]), 'value', 'CONVERSATION_TO_DEMO: conversations is blank');
    expectError(run(ID, [30, new Date(2024, 0, 1)]), 'value', 'CONVERSATION_TO_DEMO: demos is the date 2024-01-01');
  });

  it('spills per week, with a blank week left blank', () => {
    expect(run(ID, [col(40, '', 50), col(10, '', 20)])).toEqual([[0.25], [''], [0.4]]);
  });
});
