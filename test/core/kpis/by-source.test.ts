import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'BY_SOURCE';

describe('BY_SOURCE(sources, [values], [statuses], [won_label])', () => {
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

  it('puts values without a source under (none), ranked like any source, so the shares add up to 1 (catalog)', () => {
    expect(run(ID, [col('web', '', 'email'), col(100, 300, 50)])).toEqual([['(none)', 1, 300, 2 / 3], ['web', 1, 100, 2 / 9], ['email', 1, 50, 1 / 9]]);
    expect(run(ID, [col('web', null, '', 'web'), col(100, 10, 20, 50)])).toEqual([['web', 2, 150, 150 / 180], ['(none)', 2, 30, 30 / 180]]);
  });

  it('names (none) in the language of the messages', () => {
    const renderLabel = (label: { key: string }) => (label.key === 'noSourceLabel' ? '(بدون منبع)' : '?');
    expect(run(ID, [col('', 'web'), col(300, 100)], { renderLabel } as never)).toEqual([['(بدون منبع)', 1, 300, 0.75], ['web', 1, 100, 0.25]]);
  });

  it('skips a row with no source and no value, and without values counts sources only', () => {
    expect(run(ID, [col('web', '', 'web'), col(100, '', 50)])).toEqual([['web', 2, 150, 1]]);
    expect(run(ID, [col('web', '', 'email')])).toEqual([['web', 1, 0, 0.5], ['email', 1, 0, 0.5]]);
  });

  it('with statuses, counts won deals only: won revenue by source', () => {
    const sources = col('web', 'email', 'web', 'referral');
    const values = col('$1,000.00', '$4,000.00', '$500.00', '$2,000.00');
    expect(run(ID, [sources, values, col('Closed Won', 'Closed Lost', 'Closed Won (renewal)', 'Negotiation')])).toEqual([['web', 2, 1500, 1]]);
    expect(run(ID, [sources, values, col('Signed', 'Signed', 'x', 'Signed'), 'Signed'])).toEqual([
      ['email', 1, 4000, 4 / 7], ['referral', 1, 2000, 2 / 7], ['web', 1, 1000, 1 / 7],
    ]);
  });

  it('gives #N/A when statuses leave no won deal', () => {
    expectError(run(ID, [col('web'), col(5), col('Lost')]), 'na', 'BY_SOURCE: statuses has no won deal');
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
