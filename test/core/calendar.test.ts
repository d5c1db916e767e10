import { describe, expect, it } from 'vitest';
import {
  dayOf, gregorianParts, jalaliParts, LAST_JALALI_DAY, periodIndexTable, periodScheme, type CalendarName, type Period,
} from '../../core/calendar';
import { parseDateText } from '../../core/cells';

/** The serial day of a Gregorian date, as Excel stores it. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

function label(y: number, m: number, d: number, period: Period, calendar: CalendarName = 'gregorian', fiscalStart = 1): string {
  const scheme = periodScheme(period, calendar, fiscalStart);
  return scheme.label(scheme.index(serial(y, m, d)));
}

describe('the Solar Hijri calendar', () => {
  it('has Esfand 30 in the leap year 1403: 2025-03-20', () => {
    expect(jalaliParts(serial(2025, 3, 20))).toEqual({ year: 1403, month: 12, day: 30 });
    expect(dayOf(1403, 12, 30, 'jalali')).toBe(serial(2025, 3, 20));
  });

  it('goes from Esfand 29 straight to Farvardin 1 in the common year 1402', () => {
    expect(jalaliParts(serial(2024, 3, 19))).toEqual({ year: 1402, month: 12, day: 29 });
    expect(jalaliParts(serial(2024, 3, 20))).toEqual({ year: 1403, month: 1, day: 1 });
    expect(Number.isNaN(parseDateText('1402/12/30'))).toBe(true);
  });

  it('starts the year at Nowruz on 20 March (1403) or 21 March (1404)', () => {
    expect(dayOf(1403, 1, 1, 'jalali')).toBe(serial(2024, 3, 20));
    expect(dayOf(1404, 1, 1, 'jalali')).toBe(serial(2025, 3, 21));
    expect(jalaliParts(serial(2025, 3, 20)).year).toBe(1403);
  });

  it('ignores the time of day', () => {
    expect(jalaliParts(serial(2025, 3, 20) + 0.999)).toEqual({ year: 1403, month: 12, day: 30 });
    expect(gregorianParts(serial(2024, 2, 29) + 0.5)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('ends where jalaali-js ends, in the year 3799', () => {
    expect(jalaliParts(LAST_JALALI_DAY)).toEqual({ year: 3177, month: 12, day: 29 });
    expect(() => jalaliParts(LAST_JALALI_DAY + 1)).toThrow(RangeError);
  });
});

describe('periods and their labels', () => {
  it('labels months, quarters and years in both calendars', () => {
    expect(label(2024, 3, 5, 'month')).toBe('2024-03');
    expect(label(2024, 3, 5, 'quarter')).toBe('2024-Q1');
    expect(label(2024, 3, 5, 'year')).toBe('2024');
    expect(label(2024, 3, 19, 'month', 'jalali')).toBe('1402-12');
    expect(label(2024, 3, 20, 'month', 'jalali')).toBe('1403-01');
    // Khordad 31 1403 is 2024-06-20; Tir 1 opens the second quarter.
    expect(label(2024, 6, 20, 'quarter', 'jalali')).toBe('1403-Q1');
    expect(label(2024, 6, 21, 'quarter', 'jalali')).toBe('1403-Q2');
    expect(label(2025, 3, 20, 'year', 'jalali')).toBe('1403');
  });

  it('labels a week by its Monday, or in Jalali by its Saturday as Jalali date text', () => {
    expect(label(2024, 3, 4, 'week')).toBe('2024-03-04');
    expect(label(2024, 3, 10, 'week')).toBe('2024-03-04');
    expect(label(2024, 3, 11, 'week')).toBe('2024-03-11');
    // 1402/12/12 is Saturday 2024-03-02; the Friday after is still its week.
    expect(label(2024, 3, 2, 'week', 'jalali')).toBe('1402/12/12');
    expect(label(2024, 3, 8, 'week', 'jalali')).toBe('1402/12/12');
    expect(label(2024, 3, 9, 'week', 'jalali')).toBe('1402/12/19');
  });

  it("keeps a week whole across a year's end in both calendars", () => {
    expect(label(2024, 12, 31, 'week')).toBe('2024-12-30');
    expect(label(2025, 1, 5, 'week')).toBe('2024-12-30');
    expect(label(2025, 1, 6, 'week')).toBe('2025-01-06');
    // Esfand 30 1403 (Thursday) and Nowruz 1404 (Friday) share the week of Saturday 1403/12/25.
    expect(label(2025, 3, 20, 'week', 'jalali')).toBe('1403/12/25');
    expect(label(2025, 3, 21, 'week', 'jalali')).toBe('1403/12/25');
    expect(label(2025, 3, 22, 'week', 'jalali')).toBe('1404/01/02');
  });

  it('starts a fiscal year mid-year and labels it by the year it starts in, in either calendar', () => {
    expect(label(2024, 3, 31, 'quarter', 'gregorian', 4)).toBe('2023-Q4');
    expect(label(2024, 4, 1, 'quarter', 'gregorian', 4)).toBe('2024-Q1');
    expect(label(2025, 3, 31, 'year', 'gregorian', 4)).toBe('2024');
    expect(label(2024, 7, 1, 'quarter', 'gregorian', 7)).toBe('2024-Q1');
    expect(label(2024, 6, 30, 'quarter', 'gregorian', 7)).toBe('2023-Q4');
    // A Jalali year from Mehr: 1403/06/31 (2024-09-21) closes 1402's, 1403/07/01 opens 1403's.
    expect(label(2024, 9, 21, 'quarter', 'jalali', 7)).toBe('1402-Q4');
    expect(label(2024, 9, 22, 'quarter', 'jalali', 7)).toBe('1403-Q1');
    expect(label(2025, 3, 21, 'quarter', 'jalali', 7)).toBe('1403-Q3');
    expect(label(2025, 3, 21, 'year', 'jalali', 7)).toBe('1403');
  });

  it('numbers periods consecutively, so the next period is one more, across years', () => {
    for (const calendar of ['gregorian', 'jalali'] as const) {
      for (const period of ['week', 'month', 'quarter', 'year'] as const) {
        for (const fiscalStart of [1, 4, 10]) {
          const scheme = periodScheme(period, calendar, fiscalStart);
          let index = scheme.index(serial(2023, 1, 1));
          for (let step = 0; step < 30; step++, index++) {
            const start = scheme.start(index);
            expect(scheme.index(start), `${calendar} ${period} ${fiscalStart}`).toBe(index);
            expect(scheme.index(start - 1)).toBe(index - 1);
            expect(scheme.start(index + 1)).toBeGreaterThan(start);
          }
        }
      }
    }
  });

  it('gives a table of each day\'s period equal to asking day by day', () => {
    for (const calendar of ['gregorian', 'jalali'] as const) {
      for (const period of ['week', 'month', 'quarter', 'year'] as const) {
        const scheme = periodScheme(period, calendar, 4);
        const first = serial(2022, 12, 20);
        const last = serial(2025, 4, 2);
        const table = periodIndexTable(scheme, first, last);
        for (let d = first; d <= last; d++) expect(table[d - first]).toBe(scheme.index(d));
      }
    }
  });
});
