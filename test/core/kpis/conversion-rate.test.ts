import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CONVERSION_RATE';

describe('CONVERSION_RATE(from_count, to_count)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives 0.2 for 100 ebook downloads of which 20 became SQLs (catalog)', () => {
    expect(run(ID, [100, 20])).toBe(0.2);
  });

  it('gives to ÷ from as a fraction', () => {
    expect(run(ID, [250, 40])).toBe(0.16);
    expect(run(ID, [80, 80])).toBe(1);
    expect(run(ID, [80, 0])).toBe(0);
    expect(run(ID, [3, 1])).toBe(1 / 3);
  });

  it('reads counts written as text with separators and Eastern digits', () => {
    expect(run(ID, ['1,200', '۳۰۰'])).toBe(0.25);
    expect(run(ID, ['١٬٠٠٠', '50'])).toBe(0.05);
  });

  it('gives #DIV/0! when from_count is 0, even with to_count 0', () => {
    expectError(run(ID, [0, 0]), 'div0', 'CONVERSION_RATE: from_count is 0');
    expectError(run(ID, [0, 5]), 'div0', 'CONVERSION_RATE: from_count is 0');
  });

  it('gives #NUM! when to_count is more than from_count', () => {
    expectError(run(ID, [20, 30]), 'num', 'CONVERSION_RATE: to_count is 30, more than from_count (20)');
  });

  it('gives #NUM! for a negative count, naming it', () => {
    expectError(run(ID, [-5, 1]), 'num', 'CONVERSION_RATE: from_count is -5, expected a number of at least 0');
    expectError(run(ID, [5, -1]), 'num', 'CONVERSION_RATE: to_count is -1, expected a number of at least 0');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, ['', 5]), 'value', 'CONVERSION_RATE: from_count is blank, expected a number');
    expectError(run(ID, [100, 'twenty']), 'value', 'CONVERSION_RATE: to_count is "twenty", expected a number');
    expectError(run(ID, [true, 1]), 'value', 'CONVERSION_RATE: from_count is TRUE');
  });

  it('spills one rate per row for column ranges', () => {
    expect(run(ID, [col(100, 400, 50), col(20, 100, 5)])).toEqual([[0.2], [0.25], [0.1]]);
  });
});
