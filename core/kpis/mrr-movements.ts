// MRR_MOVEMENTS: a month-by-month MRR bridge — new, expansion, reactivation, contraction and churn — from a subscription log.
import { defineKpi, type Table } from '../define';
import { isKpiError } from '../errors';
import { CALENDAR_PARAM } from './period-args';
import { readSubscriptionLog, SUBSCRIPTION_PARAMS } from './subscription-log';

const NEW = 0;
const EXPANSION = 1;
const REACTIVATION = 2;
const CONTRACTION = 3;
const CHURN = 4;
const PAYING = 5;
const MOVES = 6;

export const mrrMovements = defineKpi({
  id: 'MRR_MOVEMENTS',
  group: 'subscription',
  summary: 'A table with one row per month: starting MRR, new, expansion, reactivation, contraction, churn, ending MRR and paying customers.',
  formula: 'ending = starting + new + expansion + reactivation + contraction + churn, per customer from the month before (ChartMogul\'s definitions)',
  params: [...SUBSCRIPTION_PARAMS, CALENDAR_PARAM],
  result: 'table',
  columns: [
    'month (2024-03; 1403-01 in Jalali)',
    'starting MRR (the month before\'s ending; 0 in the first row)',
    'new business: customers from 0 who never had MRR before',
    'expansion: customers who pay more',
    'reactivation: customers from 0 who had MRR before',
    'contraction (≤ 0): customers who pay less but not 0',
    'churn (≤ 0): customers who drop to 0',
    'ending MRR',
    'customers with MRR above 0 at the end of the month',
  ],
  columnFormats: ['text', 'money', 'money', 'money', 'money', 'money', 'money', 'money', 'number'],
  errors: [
    { kind: 'value', when: 'the ranges differ in size, a cell has the wrong kind of value, or the calendar is unknown' },
    { kind: 'num', when: 'an mrr is negative (the message names the row), or a month is past the Solar Hijri calendar' },
    { kind: 'na', when: 'no row has both a customer and a month' },
  ],
  examples: [
    {
      formula: 'MRR_MOVEMENTS({"A";"B";"A";"B";"C";"A"}, {"2024-01-01";"2024-01-01";"2024-02-01";"2024-02-01";"2024-03-01";"2024-04-01"}, {100;50;150;0;80;150})',
      args: [
        [['A'], ['B'], ['A'], ['B'], ['C'], ['A']],
        [['2024-01-01'], ['2024-01-01'], ['2024-02-01'], ['2024-02-01'], ['2024-03-01'], ['2024-04-01']],
        [[100], [50], [150], [0], [80], [150]],
      ],
      result: [
        ['2024-01', 0, 150, 0, 0, 0, 0, 150, 2],
        ['2024-02', 150, 0, 50, 0, 0, -50, 150, 1],
        ['2024-03', 150, 80, 0, 0, 0, -150, 80, 1],
        ['2024-04', 80, 0, 0, 150, 0, -80, 150, 1],
      ],
    },
  ],
  compute: (customers, months, mrr, calendar) => {
    const log = readSubscriptionLog(customers, months, mrr, calendar);
    if (isKpiError(log)) return log;
    const { months: m, customers: n, rowCustomer, rowMonth, rowMrr } = log;

    // Rows bucketed by customer (a counting sort), so each customer is walked once, in month order.
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < rowCustomer.length; i++) if (rowCustomer[i] >= 0) offsets[rowCustomer[i] + 1]++;
    for (let c = 0; c < n; c++) offsets[c + 1] += offsets[c];
    const cursor = offsets.slice(0, n);
    const rows = new Int32Array(offsets[n]);
    for (let i = 0; i < rowCustomer.length; i++) if (rowCustomer[i] >= 0) rows[cursor[rowCustomer[i]]++] = i;

    const moves = new Float64Array(m * MOVES);
    const monthly = new Float64Array(m);
    for (let c = 0; c < n; c++) {
      let firstMonth = m;
      let lastMonth = -1;
      for (let r = offsets[c]; r < offsets[c + 1]; r++) {
        const i = rows[r];
        const month = rowMonth[i];
        monthly[month] += rowMrr[i];
        if (month < firstMonth) firstMonth = month;
        if (month > lastMonth) lastMonth = month;
      }
      // After the last row the customer pays 0: one month more shows the churn.
      const end = Math.min(lastMonth + 1, m - 1);
      let previous = 0;
      let paidBefore = false;
      for (let month = firstMonth; month <= end; month++) {
        const current = monthly[month];
        const at = month * MOVES;
        if (previous === 0) {
          if (current > 0) moves[at + (paidBefore ? REACTIVATION : NEW)] += current;
        } else if (current === 0) {
          moves[at + CHURN] -= previous;
        } else if (current > previous) {
          moves[at + EXPANSION] += current - previous;
        } else if (current < previous) {
          moves[at + CONTRACTION] += current - previous;
        }
        if (current > 0) {
          moves[at + PAYING]++;
          paidBefore = true;
        }
        previous = current;
        monthly[month] = 0;
      }
    }

    const table: Table = [];
    let starting = 0;
    for (let month = 0; month < m; month++) {
      const at = month * MOVES;
      const ending = starting + moves[at + NEW] + moves[at + EXPANSION] + moves[at + REACTIVATION] + moves[at + CONTRACTION] + moves[at + CHURN];
      table.push([
        log.scheme.label(log.base + month), starting,
        moves[at + NEW], moves[at + EXPANSION], moves[at + REACTIVATION], moves[at + CONTRACTION], moves[at + CHURN],
        ending, moves[at + PAYING],
      ]);
      starting = ending;
    }
    return table;
  },
});
