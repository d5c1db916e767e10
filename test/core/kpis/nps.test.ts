import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'NPS';

describe('NPS(scores)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'div0']);

  it('gives 0 for {10;9;8;7;6;0}: two promoters, two passives, two detractors (catalog)', () => {
    expect(run(ID, [col(10, 9, 8, 7, 6, 0)])).toBe(0);
  });

  it('gives 50 for {10;10;9;5} (catalog)', () => {
    expect(run(ID, [col(10, 10, 9, 5)])).toBe(50);
  });

  it('skips blanks and reads scores written as text', () => {
    // 5 responses: promoters 9, 10, ۱۰; passive 7; detractor 3 → 100 × 2 ÷ 5.
    expect(run(ID, [col(9, 10, 7, 3, '', '۱۰')])).toBe(40);
  });

  it('gives −100 when everyone is a detractor and 100 when everyone is a promoter', () => {
    expect(run(ID, [col(0, 6, 3)])).toBe(-100);
    expect(run(ID, [col(9, 10)])).toBe(100);
  });

  it('puts 6 with the detractors, 7–8 with the passives and 9 with the promoters', () => {
    expect(run(ID, [col(6, 7)])).toBe(-50);
    expect(run(ID, [col(8, 9)])).toBe(50);
  });

  it('reads a block of scores', () => {
    expect(run(ID, [[[10, 9], [0, 8]]])).toBe(25);
  });

  it('gives #VALUE! for text that is not a score, naming its row', () => {
    expectError(run(ID, [col(10, 'abc')]), 'value', 'NPS: scores row 2 is "abc", expected a whole number 0–10');
  });

  it('gives #VALUE! for scores outside 0–10 or not whole', () => {
    expectError(run(ID, [col(10, 9, 11)]), 'value', 'NPS: scores row 3 is 11, expected a whole number 0–10');
    expectError(run(ID, [col(-1)]), 'value', 'NPS: scores is -1');
    expectError(run(ID, [col(7.5, 9)]), 'value', 'NPS: scores row 1 is 7.5');
    expectError(run(ID, [col(9, true)]), 'value', 'NPS: scores row 2 is TRUE');
  });

  it('names the sheet cell of a bad score when Excel gives the address', () => {
    expectError(run(ID, [[[10, 9], [8, 'x']]], { addresses: ['Survey!$B$3:$C$4'] }), 'value', 'NPS: scores cell C4 is "x"');
  });

  it('gives #DIV/0! when there are no responses', () => {
    expectError(run(ID, [col('', null)]), 'div0', 'NPS: scores has no responses');
  });
});
