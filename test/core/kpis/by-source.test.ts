import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'BY_SOURCE';

describe('BY_SOURCE(sources, [values])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'div0', 'na']);

  it("gives social media's share as 0.25 of 20,000 € (catalog)", () => {
    const table = run(ID, [col('social', 'web', 'web'), col(5000, 9000, 6000)]) as (string | number)[][];
    const social = table.find((row) => row[0] === 'social');
    expect(social).toEqual(['social', 1, 5000, 0.25]);
  });

  it('orders sources by their sum, largest first, when values are given', () => {
    expect(run(ID, [col('email', 'web', 'referral', 'web'), col(300, 100, 800, 50)])).toEqual([
      ['referral', 1, 800, 0.64],
      ['email', 1, 300, 0.24],
      ['web', 2, 150, 0.12],
    ]);
  });

  it('counts without values, sharing the count, and merges spellings of one source', () => {
    expect(run(ID, [col('web', 'email', 'Web', 'referral', 'web ', 'EMAIL')])).toEqual([
      ['web', 3, 0, 0.5],
      ['email', 2, 0, 2 / 6],
      ['referral', 1, 0, 1 / 6],
    ]);
  });

  it('keeps sources of equal size in order of first appearance', () => {
    expect(run(ID, [col('b', 'a')])).toEqual([['b', 1, 0, 0.5], ['a', 1, 0, 0.5]]);
  });

  it('counts a source with a blank value, adding 0 to its sum', () => {
    expect(run(ID, [col('web', 'email'), col(100, '')])).toEqual([['web', 1, 100, 1], ['email', 1, 0, 0]]);
  });

  it('merges Persian sources spelled with Arabic kaf or yeh, reading Persian digits', () => {
    expect(run(ID, [col('تبليغات', 'تبلیغات', 'اینستاگرام'), col('۳۰۰', '۱۰۰', '۱۰۰')])).toEqual([
      ['تبليغات', 2, 400, 0.8],
      ['اینستاگرام', 1, 100, 0.2],
    ]);
  });

  it('gives #VALUE! when sources and values differ in size, naming both', () => {
    expectError(run(ID, [col('a', 'b', 'c'), col(1, 2)]), 'value', 'BY_SOURCE: values has 2 cells and sources has 3');
  });

  it('gives #VALUE! for a value that is not a number, naming its row', () => {
    expectError(run(ID, [col('a', 'b'), col(1, 'lots')]), 'value', 'BY_SOURCE: values row 2 is "lots", expected a number');
  });

  it('gives #DIV/0! when the values add up to 0', () => {
    expectError(run(ID, [col('a', 'b'), col(100, -100)]), 'div0', 'BY_SOURCE: values add up to 0');
  });

  it('gives #N/A when there is no source', () => {
    expectError(run(ID, [col('', null)]), 'na', 'BY_SOURCE: sources', 'no source');
  });
});
