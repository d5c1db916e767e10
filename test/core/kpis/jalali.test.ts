import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'JALALI';

describe('JALALI(date, [part])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'num']);

  it('reads a date in every form a host passes: a serial, a Date, ISO text, Jalali text in any digit set', () => {
    expect(run(ID, [45371])).toBe('1403/01/01');
    expect(run(ID, [new Date(Date.UTC(2024, 2, 20))], { timeZone: 'UTC' })).toBe('1403/01/01');
    expect(run(ID, ['2024-03-20'])).toBe('1403/01/01');
    expect(run(ID, ['2024/03/20'])).toBe('1403/01/01');
    expect(run(ID, ['1403/01/01'])).toBe('1403/01/01');
    expect(run(ID, ['۱۴۰۳/۰۱/۰۱'])).toBe('1403/01/01');
    expect(run(ID, ['١٤٠٣/٠١/٠١'])).toBe('1403/01/01');
  });

  it('gives each part', () => {
    expect(run(ID, [45736, 'year'])).toBe(1403);
    expect(run(ID, [45736, 'month'])).toBe(12);
    expect(run(ID, [45736, 'day'])).toBe(30);
    expect(run(ID, [45736, 'quarter'])).toBe(4);
    expect(run(ID, [45736, 'month_name'])).toBe('اسفند');
    expect(run(ID, [45371, 'month_name'])).toBe('فروردین');
    expect(run(ID, [45736, 'سال'])).toBe(1403);
    expect(run(ID, [45736, 'Month Name'])).toBe('اسفند');
  });

  it('takes the date on the sheet\'s own day across daylight-saving changes in Tehran, Athens and New York', () => {
    // Tehran moved its clocks at midnight until 2022: 2021-03-22 00:00 was 01:00 (+04:30), 2021-09-22 00:00 came twice (+03:30).
    expect(run(ID, [new Date('2021-03-21T20:30:00Z')], { timeZone: 'Asia/Tehran' })).toBe('1400/01/02');
    expect(run(ID, [new Date('2021-09-21T20:30:00Z')], { timeZone: 'Asia/Tehran' })).toBe('1400/06/31');
    // Midnight on 2024-03-31 in Athens (+02, clocks forward at 03:00) and on 2024-11-03 in New York (−04, back at 02:00).
    expect(run(ID, [new Date('2024-03-30T22:00:00Z')], { timeZone: 'Europe/Athens' })).toBe('1403/01/12');
    expect(run(ID, [new Date('2024-11-03T04:00:00Z')], { timeZone: 'America/New_York' })).toBe('1403/08/13');
  });

  it('spills over a range of dates, blanks left blank', () => {
    expect(run(ID, [col(45371, '', '2025-03-21')])).toEqual([['1403/01/01'], [''], ['1404/01/01']]);
    expect(run(ID, [col(45371, 45736), 'month'])).toEqual([[1], [12]]);
  });

  it('says which cell is not a date, and names the parts for an unknown part', () => {
    expectError(run(ID, ['abc']), 'value', 'JALALI: date is "abc"');
    expectError(run(ID, ['1402/12/30']), 'value', 'JALALI: date is "1402/12/30"');
    expectError(run(ID, [45371, 'week']), 'value', 'JALALI: part is "week"', 'date', 'month_name');
    expectError(run(ID, [null]), 'value', 'JALALI: date is blank');
  });

  it('gives #NUM! past the last day of the Solar Hijri calendar, never a thrown error', () => {
    expectError(run(ID, [2_958_465]), 'num', 'JALALI: date (9999-12-31) is past the last day of the Solar Hijri calendar (3799-03-19)');
  });
});
