// NRR and GRR: the share of a start month's MRR that the same customers pay in an end month, with and without expansion.
import { defineKpi, type ParamSpec } from '../define';
import { fail, isKpiError, type KpiError } from '../errors';
import { code, message, quoted } from '../messages';
import { CALENDAR_PARAM } from './period-args';
import { readSubscriptionLog, SUBSCRIPTION_PARAMS } from './subscription-log';

const EXAMPLE_ARGS = [
  [['A'], ['B'], ['A'], ['B'], ['C'], ['A']],
  [['2024-01-01'], ['2024-01-01'], ['2024-02-01'], ['2024-02-01'], ['2024-03-01'], ['2024-04-01']],
  [[100], [50], [150], [0], [80], [150]],
];
const EXAMPLE_RANGES = '{"A";"B";"A";"B";"C";"A"}, {"2024-01-01";"2024-01-01";"2024-02-01";"2024-02-01";"2024-03-01";"2024-04-01"}, {100;50;150;0;80;150}';

/** NRR's and GRR's one computation; `capped` holds each customer to their start-month MRR. */
function revenueRetention(capped: boolean) {
  return (
    customers: readonly (string | null)[], months: Float64Array, mrr: Float64Array, startMonth: number, endMonth: number, calendar: string | undefined,
  ): number | KpiError => {
    const log = readSubscriptionLog(customers, months, mrr, calendar);
    if (isKpiError(log)) return log;
    const start = log.scheme.index(startMonth) - log.base;
    const end = log.scheme.index(endMonth) - log.base;
    if (end < start) {
      return fail('num', message('endBeforeStartMonth', {
        date: quoted(log.scheme.label(end + log.base)), start: code('start_month'), limit: quoted(log.scheme.label(start + log.base)),
      }), { param: 'end_month' });
    }
    const startMrr = new Float64Array(log.customers);
    const endMrr = new Float64Array(log.customers);
    for (let i = 0; i < log.rowCustomer.length; i++) {
      const c = log.rowCustomer[i];
      if (c < 0) continue;
      const month = log.rowMonth[i];
      if (month === start) startMrr[c] += log.rowMrr[i];
      if (month === end) endMrr[c] += log.rowMrr[i];
    }
    let from = 0;
    let to = 0;
    for (let c = 0; c < log.customers; c++) {
      const s = startMrr[c];
      if (s <= 0) continue;
      from += s;
      to += capped ? Math.min(endMrr[c], s) : endMrr[c];
    }
    if (from === 0) {
      return fail('div0', message('noMrrInStartMonth', { month: quoted(log.scheme.label(start + log.base)) }), { param: 'start_month' });
    }
    return to / from;
  };
}

const RETENTION_PARAMS = [
  ...SUBSCRIPTION_PARAMS,
  { name: 'start_month', kind: 'date', description: 'The month retention is measured from: any day of it.' },
  { name: 'end_month', kind: 'date', description: 'The month retention is measured at: any day of it.' },
  CALENDAR_PARAM,
] as const satisfies readonly ParamSpec[];

const RETENTION_ERRORS = [
  { kind: 'value', when: 'the ranges differ in size, a cell has the wrong kind of value, or the calendar is unknown' },
  { kind: 'num', when: 'end_month is before start_month, or an mrr is negative (the message names the row)' },
  { kind: 'div0', when: 'no customer has MRR in the start month' },
  { kind: 'na', when: 'no row has both a customer and a month' },
] as const;

export const nrr = defineKpi({
  id: 'NRR',
  group: 'subscription',
  summary: 'Net revenue retention: what the customers paying in the start month pay in the end month, as a share of what they paid then. Expansion counts; new customers do not.',
  formula: 'Σ end-month MRR ÷ Σ start-month MRR, over the customers with MRR in the start month',
  params: RETENTION_PARAMS,
  result: 'rate',
  errors: RETENTION_ERRORS,
  examples: [
    { formula: `NRR(${EXAMPLE_RANGES}, "2024-01-01", "2024-02-01")`, args: [...EXAMPLE_ARGS, '2024-01-01', '2024-02-01'], result: 1 },
    { formula: `NRR(${EXAMPLE_RANGES}, "2024-01-01", "2024-04-01")`, args: [...EXAMPLE_ARGS, '2024-01-01', '2024-04-01'], result: 1 },
    { formula: `NRR(${EXAMPLE_RANGES}, "2024-03-01", "2024-01-01")`, args: [...EXAMPLE_ARGS, '2024-03-01', '2024-01-01'], result: { error: 'num' } },
  ],
  compute: revenueRetention(false),
});

export const grr = defineKpi({
  id: 'GRR',
  group: 'subscription',
  summary: 'Gross revenue retention: as NRR, but each customer counts at most what they paid in the start month, so expansion does not count.',
  formula: 'Σ min(end-month MRR, start-month MRR) ÷ Σ start-month MRR, over the customers with MRR in the start month',
  params: RETENTION_PARAMS,
  result: 'rate',
  errors: RETENTION_ERRORS,
  examples: [
    { formula: `GRR(${EXAMPLE_RANGES}, "2024-01-01", "2024-02-01")`, args: [...EXAMPLE_ARGS, '2024-01-01', '2024-02-01'], result: 2 / 3 },
    { formula: `GRR(${EXAMPLE_RANGES}, "2024-02-01", "2024-03-01")`, args: [...EXAMPLE_ARGS, '2024-02-01', '2024-03-01'], result: 0 },
    { formula: `GRR(${EXAMPLE_RANGES}, "2024-05-01", "2024-06-01")`, args: [...EXAMPLE_ARGS, '2024-05-01', '2024-06-01'], result: { error: 'div0' } },
  ],
  compute: revenueRetention(true),
});
