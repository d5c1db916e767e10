// COHORT_RETENTION: the retention triangle — per cohort of first orders, the share still ordering k periods later.
import { periodIndexTable } from '../calendar';
import { defineKpi, type Table } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { CALENDAR_PARAM, checkCalendarRange, daySpan, PERIOD_PARAM, schemeOf } from './period-args';
import { customerIndex } from './customer-index';

const MAX_COLUMNS = 1_000;
const MAX_SEEN_BYTES = 64 * 1024 * 1024;

export const cohortRetention = defineKpi({
  id: 'COHORT_RETENTION',
  group: 'periods',
  summary: 'The retention triangle: for each cohort of customers by the period of their first order, the share who ordered again 1, 2, 3… periods later.',
  formula: 'customers of the cohort with an order in period k after it ÷ customers of the cohort',
  params: [
    { name: 'customers', kind: 'labels', pairedWith: 'order_dates', description: 'The customer of each order, one row per order.' },
    { name: 'order_dates', kind: 'dates', pairedWith: 'customers', description: 'The date of each order.' },
    PERIOD_PARAM,
    CALENDAR_PARAM,
  ],
  result: 'table',
  columns: [
    'cohort (the period of the first order)',
    'customers in the cohort',
    'then, for k = 0, 1, 2…: the share of the cohort with an order k periods later (1 for k = 0); blank past the last order\'s period',
  ],
  columnFormats: ['text', 'number', 'rate'],
  errors: [
    { kind: 'value', when: 'the ranges differ in size, a cell has the wrong kind of value, or the period or calendar is unknown' },
    { kind: 'na', when: 'there are no orders with both a customer and a date' },
    { kind: 'num', when: 'the orders span more than 1,000 periods, or a date is past the Solar Hijri calendar' },
  ],
  examples: [
    {
      formula: 'COHORT_RETENTION({"A";"A";"B";"B";"C"}, {"2024-01-05";"2024-02-05";"2024-01-09";"2024-03-01";"2024-02-20"})',
      args: [
        [['A'], ['A'], ['B'], ['B'], ['C']],
        [['2024-01-05'], ['2024-02-05'], ['2024-01-09'], ['2024-03-01'], ['2024-02-20']],
      ],
      result: [['2024-01', 2, 1, 0.5, 0.5], ['2024-02', 1, 1, 0, '']],
    },
  ],
  compute: (customers, dates, period, calendar) => {
    const scheme = schemeOf(period, calendar);
    const span = daySpan(dates, (row) => customers[row] === null);
    if (!span) return fail('na', message('hasNoOrders'), { param: 'customers' });
    const { first, last } = span;
    const outside = checkCalendarRange(scheme.calendar, last, 'order_dates', span.lastAt);
    if (outside) return outside;
    const base = scheme.index(first);
    const width = scheme.index(last) - base + 1;
    if (width > MAX_COLUMNS) return fail('num', message('tooManyCohortColumns', { n: width, max: MAX_COLUMNS }), { param: 'order_dates' });
    const periodOf = periodIndexTable(scheme, first, last);

    // Each order's customer and period (−1: skipped), and each customer's first period.
    const index = customerIndex();
    const orderCustomer = new Int32Array(dates.length).fill(-1);
    const orderPeriod = new Int32Array(dates.length);
    let cohortOf = new Int32Array(1024).fill(width);
    for (let i = 0; i < dates.length; i++) {
      const customer = customers[i];
      const date = dates[i];
      if (customer === null || Number.isNaN(date)) continue;
      const c = index.id(customer);
      if (c >= cohortOf.length) {
        const grown = new Int32Array(cohortOf.length * 2).fill(width);
        grown.set(cohortOf);
        cohortOf = grown;
      }
      const p = periodOf[Math.floor(date) - first] - base;
      orderCustomer[i] = c;
      orderPeriod[i] = p;
      if (p < cohortOf[c]) cohortOf[c] = p;
    }
    const customerCount = index.names.length;

    // active[cohort · width + k]: the cohort's customers with an order k periods after it, each counted once.
    const active = new Float64Array(width * width);
    // One byte per customer and period while that stays small; past it, a set of the pairs seen.
    const cells = customerCount * width;
    const seenBytes = cells <= MAX_SEEN_BYTES ? new Uint8Array(cells) : undefined;
    const seenSet = seenBytes ? undefined : new Set<number>();
    for (let i = 0; i < dates.length; i++) {
      const c = orderCustomer[i];
      if (c < 0) continue;
      const p = orderPeriod[i];
      const at = c * width + p;
      if (seenBytes) {
        if (seenBytes[at]) continue;
        seenBytes[at] = 1;
      } else {
        if (seenSet!.has(at)) continue;
        seenSet!.add(at);
      }
      const cohort = cohortOf[c];
      active[cohort * width + (p - cohort)]++;
    }

    const rows: Table = [];
    for (let cohort = 0; cohort < width; cohort++) {
      const size = active[cohort * width];
      if (size === 0) continue;
      const row: (string | number)[] = [scheme.label(base + cohort), size];
      for (let k = 0; k < width; k++) row.push(cohort + k < width ? active[cohort * width + k] / size : '');
      rows.push(row);
    }
    return rows;
  },
});
