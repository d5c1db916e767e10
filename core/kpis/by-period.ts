// BY_PERIOD: counts and sums per week, month, quarter or year, in the Gregorian or Solar Hijri calendar, gaps included.
import { periodIndexTable } from '../calendar';
import { defineKpi, type Table } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { CALENDAR_PARAM, checkCalendarRange, daySpan, FISCAL_START_PARAM, PERIOD_PARAM, schemeOf } from './period-args';

const MAX_PERIODS = 10_000;

export const byPeriod = defineKpi({
  id: 'BY_PERIOD',
  group: 'periods',
  summary: 'A table with one row per period from the first date to the last, empty periods included: the period, its rows, the sum of values and the change from the period before.',
  formula: 'per period: count, Σ values, (this − previous) ÷ previous',
  params: [
    { name: 'dates', kind: 'dates', pairedWith: 'values', description: 'The date of each row (a close date, an order date).' },
    { name: 'values', kind: 'numbers', optional: true, pairedWith: 'dates', description: 'The value of each row, such as an amount. Without it, rows are counted.' },
    PERIOD_PARAM,
    CALENDAR_PARAM,
    FISCAL_START_PARAM,
  ],
  result: 'table',
  columns: [
    'period (2024-03, 2024-Q1, 2024, or the week\'s first day; 1403-01 in Jalali)',
    'rows',
    'Σ values (0 without values)',
    'change from the period before, of the sum (of the count without values); blank in the first row and after a period of 0',
  ],
  columnFormats: ['text', 'number', 'money', 'rate'],
  errors: [
    { kind: 'value', when: 'the ranges differ in size, a cell has the wrong kind of value, or the period or calendar is unknown' },
    { kind: 'na', when: 'there are no dates' },
    { kind: 'num', when: 'fiscal_start is not a whole number 1–12, the dates span more than 10,000 periods, or a date is past the Solar Hijri calendar' },
  ],
  examples: [
    {
      formula: 'BY_PERIOD({"2024-01-15";"2024-01-20";"2024-03-02"}, {100;50;200})',
      args: [[['2024-01-15'], ['2024-01-20'], ['2024-03-02']], [[100], [50], [200]]],
      result: [['2024-01', 2, 150, ''], ['2024-02', 0, 0, -1], ['2024-03', 1, 200, '']],
    },
    {
      formula: 'BY_PERIOD({"2024-03-19";"2024-03-20"}, , "month", "jalali")',
      args: [[['2024-03-19'], ['2024-03-20']], undefined, 'month', 'jalali'],
      result: [['1402-12', 1, 0, ''], ['1403-01', 1, 0, 0]],
    },
    {
      formula: 'BY_PERIOD({"2024-03-31";"2024-04-01";"2025-03-31"}, {1;2;4}, "year", , 4)',
      args: [[['2024-03-31'], ['2024-04-01'], ['2025-03-31']], [[1], [2], [4]], 'year', undefined, 4],
      result: [['2023', 1, 1, ''], ['2024', 2, 6, 5]],
      note: 'A fiscal year from April is labelled by the year it starts in.',
    },
  ],
  compute: (dates, values, period, calendar, fiscalStart) => {
    const scheme = schemeOf(period, calendar, fiscalStart);
    const span = daySpan(dates);
    if (!span) return fail('na', message('hasNoDates'), { param: 'dates' });
    const { first, last } = span;
    const outside = checkCalendarRange(scheme.calendar, last, 'dates', span.lastAt);
    if (outside) return outside;
    const base = scheme.index(first);
    const n = scheme.index(last) - base + 1;
    if (n > MAX_PERIODS) return fail('num', message('tooManyPeriods', { n, max: MAX_PERIODS }), { param: 'dates' });
    const periodOf = periodIndexTable(scheme, first, last);
    const counts = new Float64Array(n);
    const sums = new Float64Array(n);
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i];
      if (Number.isNaN(date)) continue;
      const k = periodOf[Math.floor(date) - first] - base;
      counts[k]++;
      const value = values === undefined ? NaN : values[i];
      if (!Number.isNaN(value)) sums[k] += value;
    }
    const measure = values === undefined ? counts : sums;
    const rows: Table = [];
    for (let k = 0; k < n; k++) {
      const previous = k === 0 ? 0 : measure[k - 1];
      rows.push([scheme.label(base + k), counts[k], sums[k], previous === 0 ? '' : (measure[k] - previous) / previous]);
    }
    return rows;
  },
});
