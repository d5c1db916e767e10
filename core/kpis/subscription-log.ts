// Reads a subscription log (customer, month, MRR rows) into per-customer monthly MRR, shared by MRR_MOVEMENTS, NRR and GRR.
import { periodIndexTable, type PeriodScheme } from '../calendar';
import type { ParamSpec } from '../define';
import { fail, type KpiError } from '../errors';
import { message } from '../messages';
import { checkCalendarRange, daySpan, schemeOf } from './period-args';
import { customerIndex } from './customer-index';

export const SUBSCRIPTION_PARAMS = [
  { name: 'customers', kind: 'labels', pairedWith: 'months', description: 'The customer of each row, one row per customer per month.' },
  { name: 'months', kind: 'dates', pairedWith: 'customers', description: 'The month of each row: any date in it.' },
  { name: 'mrr', kind: 'numbers', pairedWith: 'customers', min: 0, description: 'The monthly recurring revenue of the row (an annual plan as its monthly share). Blank is 0.' },
] as const satisfies readonly ParamSpec[];

export interface SubscriptionLog {
  readonly scheme: PeriodScheme;
  /** The month index of the first month with a row; month m of the log is `base + m`. */
  readonly base: number;
  readonly months: number;
  readonly customers: number;
  /** Each valid row's customer and month (from 0), and its MRR (blank as 0); skipped rows have customer −1. */
  readonly rowCustomer: Int32Array;
  readonly rowMonth: Int32Array;
  readonly rowMrr: Float64Array;
}

/** The log's rows by customer and month; rows without a customer or a month are skipped. */
export function readSubscriptionLog(
  customers: readonly (string | null)[], months: Float64Array, mrr: Float64Array, calendar: string | undefined,
): SubscriptionLog | KpiError {
  const scheme = schemeOf('month', calendar);
  const span = daySpan(months, (row) => customers[row] === null);
  if (!span) return fail('na', message('hasNoMrrRows'), { param: 'customers' });
  const { first, last } = span;
  const outside = checkCalendarRange(scheme.calendar, last, 'months', span.lastAt);
  if (outside) return outside;
  const base = scheme.index(first);
  const monthOf = periodIndexTable(scheme, first, last);
  const index = customerIndex();
  const rowCustomer = new Int32Array(months.length).fill(-1);
  const rowMonth = new Int32Array(months.length);
  const rowMrr = new Float64Array(months.length);
  for (let i = 0; i < months.length; i++) {
    const customer = customers[i];
    const day = months[i];
    if (customer === null || Number.isNaN(day)) continue;
    rowCustomer[i] = index.id(customer);
    rowMonth[i] = monthOf[Math.floor(day) - first] - base;
    const value = mrr[i];
    rowMrr[i] = Number.isNaN(value) ? 0 : value;
  }
  return {
    scheme, base, months: scheme.index(last) - base + 1, customers: index.names.length, rowCustomer, rowMonth, rowMrr,
  };
}
