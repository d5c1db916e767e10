// The calendar: a day's Gregorian or Solar Hijri (Jalali) parts, its week, month, quarter or year, that period's label and the next.
import { d2g, d2j, g2d, j2d, jalaaliMonthLength, MAX_JALAALI_YEAR } from 'jalaali-js';
import type { DayNumber } from './cells';

export type Period = 'week' | 'month' | 'quarter' | 'year';
export type CalendarName = 'gregorian' | 'jalali';

/** The serial day numbers of Excel and Sheets count from 1899-12-30, Julian day 2,415,019. */
const SERIAL_TO_JULIAN_DAY = 2_415_019;

/** The last day the Jalali calendar is defined for (3177/12/end, in the year 3799); later serial days are Gregorian only. */
export const LAST_JALALI_DAY: DayNumber =
  j2d(MAX_JALAALI_YEAR, 12, jalaaliMonthLength(MAX_JALAALI_YEAR, 12)) - SERIAL_TO_JULIAN_DAY;

export interface DateParts { readonly year: number; readonly month: number; readonly day: number }

/** A day's Gregorian date; the time of day is ignored. */
export function gregorianParts(day: DayNumber): DateParts {
  const { gy, gm, gd } = d2g(Math.floor(day) + SERIAL_TO_JULIAN_DAY);
  return { year: gy, month: gm, day: gd };
}

/** A day's Solar Hijri date; the time of day is ignored. */
export function jalaliParts(day: DayNumber): DateParts {
  const { jy, jm, jd } = d2j(Math.floor(day) + SERIAL_TO_JULIAN_DAY);
  return { year: jy, month: jm, day: jd };
}

export function calendarParts(day: DayNumber, calendar: CalendarName): DateParts {
  return calendar === 'jalali' ? jalaliParts(day) : gregorianParts(day);
}

/** The serial day of a date in `calendar`. */
export function dayOf(year: number, month: number, day: number, calendar: CalendarName): DayNumber {
  return (calendar === 'jalali' ? j2d(year, month, day) : g2d(year, month, day)) - SERIAL_TO_JULIAN_DAY;
}

export const JALALI_MONTH_NAMES: readonly string[] = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
];

/** Serial 2 (1900-01-01) is a Monday, serial 0 (1899-12-30) a Saturday: the first days of the two calendars' weeks. */
const WEEK_ORIGIN: Readonly<Record<CalendarName, number>> = { gregorian: 2, jalali: 0 };

/**
 * How one grouping numbers its periods: consecutive integers, so the next period is `index + 1` and
 * a run of periods has no gaps to find. Months count from year 0 of the calendar; a fiscal year
 * starting in month f shifts the count by f − 1 months, and is labelled by the year it starts in.
 */
export interface PeriodScheme {
  readonly period: Period;
  readonly calendar: CalendarName;
  /** The month (1–12) a quarter or year starts from. */
  readonly fiscalStart: number;
  index(day: DayNumber): number;
  label(index: number): string;
  /** The first day of the period. */
  start(index: number): DayNumber;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function periodScheme(period: Period, calendar: CalendarName, fiscalStart = 1): PeriodScheme {
  const parts = calendar === 'jalali' ? jalaliParts : gregorianParts;
  const shift = period === 'quarter' || period === 'year' ? fiscalStart - 1 : 0;
  const monthsPer = period === 'quarter' ? 3 : period === 'year' ? 12 : 1;

  if (period === 'week') {
    const origin = WEEK_ORIGIN[calendar];
    const start = (index: number) => origin + 7 * index;
    return {
      period, calendar, fiscalStart,
      index: (day) => floorDiv(Math.floor(day) - origin, 7),
      start,
      label: (index) => {
        const { year, month, day } = parts(start(index));
        return calendar === 'jalali' ? `${year}/${pad(month)}/${pad(day)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
      },
    };
  }

  /** Months since month 1 of year 0, shifted so the fiscal year's first month is a multiple of 12. */
  const monthCount = (day: DayNumber) => {
    const { year, month } = parts(day);
    return year * 12 + month - 1 - shift;
  };
  return {
    period, calendar, fiscalStart,
    index: (day) => floorDiv(monthCount(day), monthsPer),
    start: (index) => {
      const months = index * monthsPer + shift;
      return dayOf(floorDiv(months, 12), (months % 12 + 12) % 12 + 1, 1, calendar);
    },
    label: (index) => {
      const months = index * monthsPer;
      const year = floorDiv(months, 12);
      if (period === 'year') return String(year);
      if (period === 'quarter') return `${year}-Q${(months - year * 12) / 3 + 1}`;
      const calendarMonths = months + shift;
      return `${floorDiv(calendarMonths, 12)}-${pad((calendarMonths % 12 + 12) % 12 + 1)}`;
    },
  };
}

/**
 * The period index of every day in [first, last], in one table: a column of a million dates
 * spanning a few years costs one calendar conversion per distinct day, not per row.
 */
export function periodIndexTable(scheme: PeriodScheme, first: number, last: number): Int32Array {
  const table = new Int32Array(last - first + 1);
  if (scheme.period === 'week') {
    for (let d = first; d <= last; d++) table[d - first] = scheme.index(d);
    return table;
  }
  // Walk period by period: one conversion per period boundary.
  let index = scheme.index(first);
  let next = scheme.start(index + 1);
  for (let d = first; d <= last; d++) {
    while (d >= next) {
      index++;
      next = scheme.start(index + 1);
    }
    table[d - first] = index;
  }
  return table;
}
