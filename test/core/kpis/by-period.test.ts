import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'BY_PERIOD';

describe('BY_PERIOD(dates, [values], [period], [calendar], [fiscal_start])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'na', 'num']);

  it("holds the catalog's example: an empty February between January and March", () => {
    expect(run(ID, [col('2024-01-15', '2024-01-20', '2024-03-02'), col(100, 50, 200)])).toEqual([
      ['2024-01', 2, 150, ''], ['2024-02', 0, 0, -1], ['2024-03', 1, 200, ''],
    ]);
  });

  it('puts 2024-03-19 in 1402-12 and 2024-03-20 in 1403-01 by Jalali months', () => {
    expect(run(ID, [col('2024-03-19', '2024-03-20'), undefined, 'month', 'jalali'])).toEqual([
      ['1402-12', 1, 0, ''], ['1403-01', 1, 0, 0],
    ]);
    expect(run(ID, [col('2024-03-19', '2024-03-20'), undefined, 'ماه', 'شمسی'])).toEqual([
      ['1402-12', 1, 0, ''], ['1403-01', 1, 0, 0],
    ]);
  });

  it('counts rows without values, and measures the change of the count', () => {
    expect(run(ID, [col('2024-01-01', '2024-01-02', '2024-02-01', '2024-02-02', '2024-02-03')])).toEqual([
      ['2024-01', 2, 0, ''], ['2024-02', 3, 0, 0.5],
    ]);
  });

  it('skips rows with a blank date and counts a row with a blank value, adding 0', () => {
    expect(run(ID, [col('2024-01-01', '', '2024-01-09'), col(10, 99, '')])).toEqual([['2024-01', 2, 10, '']]);
  });

  it('reads Excel serials, Sheets Dates, ISO and Jalali text alike', () => {
    const dates = col(45306, new Date(Date.UTC(2024, 0, 20)), '2024-02-10', '۱۴۰۲/۱۱/۲۵');
    expect(run(ID, [dates, col(1, 2, 4, 8)], { timeZone: 'UTC' })).toEqual([['2024-01', 2, 3, ''], ['2024-02', 2, 12, 3]]);
  });

  it('groups by week, quarter and year, with a fiscal start in either calendar', () => {
    expect(run(ID, [col('2024-12-31', '2025-01-05', '2025-01-06'), undefined, 'week'])).toEqual([
      ['2024-12-30', 2, 0, ''], ['2025-01-06', 1, 0, -0.5],
    ]);
    expect(run(ID, [col('2024-03-31', '2024-04-01'), col(1, 3), 'quarter', undefined, 4])).toEqual([
      ['2023-Q4', 1, 1, ''], ['2024-Q1', 1, 3, 2],
    ]);
    expect(run(ID, [col('2024-09-21', '2024-09-22'), col(2, 1), 'year', 'jalali', 7])).toEqual([
      ['1402', 1, 2, ''], ['1403', 1, 1, -0.5],
    ]);
  });

  it('takes Dates on the sheet\'s own day in Athens and New York across daylight-saving changes', () => {
    // Midnight on 1 April in Athens (+03) is still 31 March in UTC; midnight on 1 December in New York (−05) is already 1 December.
    const athens = col(new Date('2024-03-30T22:00:00Z'), new Date('2024-03-31T21:00:00Z'));
    expect(run(ID, [athens], { timeZone: 'Europe/Athens' })).toEqual([['2024-03', 1, 0, ''], ['2024-04', 1, 0, 0]]);
    const newYork = col(new Date('2024-11-30T05:00:00Z'), new Date('2024-12-01T05:00:00Z'));
    expect(run(ID, [newYork], { timeZone: 'America/New_York' })).toEqual([['2024-11', 1, 0, ''], ['2024-12', 1, 0, 0]]);
  });

  it('gives every error the catalog lists, naming the argument', () => {
    expectError(run(ID, [col('2024-01-01', '2024-01-02'), col(1)]), 'value', 'BY_PERIOD: values has 1 cell and dates has 2');
    expectError(run(ID, [col('', '')]), 'na', 'BY_PERIOD: dates has no dates');
    expectError(run(ID, [col('2024-01-01'), undefined, 'decade']), 'value', 'BY_PERIOD: period is "decade"', 'week', 'quarter');
    expectError(run(ID, [col('2024-01-01'), undefined, 'month', 'lunar']), 'value', 'BY_PERIOD: calendar is "lunar"', 'gregorian', 'jalali');
    expectError(run(ID, [col('2024-01-01'), undefined, 'quarter', undefined, 13]), 'num', 'BY_PERIOD: fiscal_start is 13');
    expectError(run(ID, [col('2024-01-01'), undefined, 'quarter', undefined, 0]), 'num', 'BY_PERIOD: fiscal_start is 0');
    expectError(run(ID, [col('1900-01-01', '2100-01-01'), undefined, 'week']), 'num', 'BY_PERIOD: dates spans 10436 periods, more than 10000');
    expectError(run(ID, [col('2024-01-01', 'abc')]), 'value', 'BY_PERIOD: dates row 2 is "abc"');
    expectError(run(ID, [col('2024-01-01', 2_958_465), undefined, 'year', 'jalali']), 'num', 'BY_PERIOD: dates row 2 (9999-12-31) is past the last day');
  });
});
