import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'NPS_BREAKDOWN';

describe('NPS_BREAKDOWN(scores)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'div0']);

  it('gives Promoters, Passives and Detractors with counts and shares', () => {
    expect(run(ID, [col(10, 9, 8, 7, 6, 0)])).toEqual([
      ['Promoters', 2, 2 / 6],
      ['Passives', 2, 2 / 6],
      ['Detractors', 2, 2 / 6],
    ]);
  });

  it('lists a group with no one in it with count 0', () => {
    expect(run(ID, [col(10, 10, 9, 5)])).toEqual([
      ['Promoters', 3, 0.75],
      ['Passives', 0, 0],
      ['Detractors', 1, 0.25],
    ]);
  });

  it('skips blanks and reads scores in Persian digits', () => {
    expect(run(ID, [col('۹', '', 7, 2, 3, 10)])).toEqual([
      ['Promoters', 2, 0.4],
      ['Passives', 1, 0.2],
      ['Detractors', 2, 0.4],
    ]);
  });

  it('gives #VALUE! for a score that is not a whole number 0–10, naming its row', () => {
    expectError(run(ID, [col(10, 'abc')]), 'value', 'NPS_BREAKDOWN: scores row 2 is "abc", expected a whole number 0–10');
    expectError(run(ID, [col(10, 9.5)]), 'value', 'NPS_BREAKDOWN: scores row 2 is 9.5');
    expectError(run(ID, [col(12)]), 'value', 'NPS_BREAKDOWN: scores is 12');
  });

  it('gives #DIV/0! when there are no responses', () => {
    expectError(run(ID, [col('')]), 'div0', 'NPS_BREAKDOWN: scores has no responses');
  });
});
