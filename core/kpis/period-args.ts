// The arguments every function that groups by time shares: period, calendar and fiscal start, declared once.
import { LAST_JALALI_DAY, periodScheme, type CalendarName, type Period, type PeriodScheme } from '../calendar';
import { formatDay } from '../cells';
import type { ParamSpec } from '../define';
import { fail, type KpiError } from '../errors';
import { message, quoted } from '../messages';

export const PERIOD_PARAM = {
  name: 'period', kind: 'text', optional: true,
  description: '"week", "month" (default), "quarter" or "year"; the Persian and Greek words work too.',
  choices: {
    week: ['weeks', 'weekly', 'هفته', 'هفتگی', 'εβδομάδα', 'εβδομάδες'],
    month: ['months', 'monthly', 'ماه', 'ماهانه', 'μήνας', 'μήνες', 'μήνα'],
    quarter: ['quarters', 'quarterly', 'فصل', 'فصلی', 'سه‌ماهه', 'τρίμηνο', 'τρίμηνα'],
    year: ['years', 'yearly', 'annual', 'سال', 'سالانه', 'έτος', 'έτη', 'χρόνος'],
  },
} as const satisfies ParamSpec;

export const CALENDAR_PARAM = {
  name: 'calendar', kind: 'text', optional: true,
  description: '"gregorian" (default) or "jalali" (Solar Hijri; also "shamsi", "persian", شمسی, جلالی).',
  choices: {
    gregorian: ['miladi', 'میلادی', 'γρηγοριανό'],
    jalali: ['shamsi', 'persian', 'solar hijri', 'شمسی', 'جلالی', 'هجری شمسی', 'ιρανικό'],
  },
} as const satisfies ParamSpec;

export const FISCAL_START_PARAM = {
  name: 'fiscal_start', kind: 'number', optional: true, integer: true, min: 1, max: 12,
  description: 'The month (1–12) in which the year starts, for quarters and years. Default 1: January, or Farvardin in Jalali. A fiscal year is labelled by the year it starts in.',
} as const satisfies ParamSpec;

/** The grouping an argument list asks for, with the catalog's defaults. */
export function schemeOf(period: string | undefined, calendar: string | undefined, fiscalStart?: number): PeriodScheme {
  return periodScheme((period ?? 'month') as Period, (calendar ?? 'gregorian') as CalendarName, fiscalStart ?? 1);
}

/** The error for a day the Jalali calendar does not reach, or undefined when every day is within it. */
export function checkCalendarRange(calendar: CalendarName, lastDay: number, param: string, index?: number): KpiError | undefined {
  if (calendar !== 'jalali' || lastDay <= LAST_JALALI_DAY) return undefined;
  return fail('num', message('pastJalaliCalendar', { date: quoted(formatDay(lastDay)), last: quoted(formatDay(LAST_JALALI_DAY)) }), { param, index });
}

/** The first and last whole days of a date column and the row of the last, skipping blank dates and the rows `skip` says; undefined when none is left. */
export function daySpan(dates: Float64Array, skip?: (row: number) => boolean): { first: number; last: number; lastAt: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  let lastAt = 0;
  for (let i = 0; i < dates.length; i++) {
    if (skip?.(i)) continue;
    const day = Math.floor(dates[i]);
    if (day < first) first = day;
    if (day > last) {
      last = day;
      lastAt = i;
    }
  }
  return first === Infinity ? undefined : { first, last, lastAt };
}
