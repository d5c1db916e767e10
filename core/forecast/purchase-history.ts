// An order list as each customer's purchase history for BG/NBD and Gamma-Gamma: x, t_x, T in days, mean repeat amount.
import { formatDay } from '../cells';
import { fail, type KpiError } from '../errors';
import { code, message, quoted } from '../messages';
import { customerIndex } from '../kpis/customer-index';

/** Above this many orders a customer's rows are sorted by day before they are merged into purchases. */
const SORT_FIRST = 32;

/** The fewest customers a fit is attempted on: with fewer, four parameters are not estimable. */
export const MIN_CUSTOMERS = 10;

export interface PurchaseHistory {
  /** Customers in order of first appearance (the first spelling of each). */
  readonly names: readonly string[];
  /** Repeat purchases: purchase days − 1. */
  readonly x: Int32Array;
  /** Days from the first purchase to the last, and to as_of. */
  readonly recencyDays: Int32Array;
  readonly ageDays: Int32Array;
  /** The mean amount of the repeat purchases; NaN without repeat purchases or amounts. */
  readonly meanRepeat: Float64Array;
  /** Days per unit: 1 or 7. */
  readonly unitDays: number;
}

/**
 * The purchase history of every customer with an order on or before `asOf` (default: the latest order).
 * Later orders are left out. Fails on a partly blank row, a repeat purchase whose amounts add up to 0 or
 * less, fewer than 10 customers, or no customer who bought on two different days.
 */
export function readPurchaseHistory(
  customers: readonly (string | null)[], dates: Float64Array, amounts: Float64Array | undefined, asOf: number | undefined, unit: string | undefined,
): PurchaseHistory | KpiError {
  const n = customers.length;
  let latest = -Infinity;
  for (let i = 0; i < n; i++) {
    const customer = customers[i];
    const hasDate = !Number.isNaN(dates[i]);
    const hasAmount = amounts !== undefined && !Number.isNaN(amounts[i]);
    if (customer === null && !hasDate && !hasAmount) continue;
    if (customer === null) return fail('value', message('blankCustomerWithOrder'), { param: 'customers', index: i });
    if (!hasDate) return fail('value', message('blankForOrderOf', { customer: quoted(customer) }), { param: 'order_dates', index: i });
    if (amounts !== undefined && !hasAmount) return fail('value', message('blankForOrderOf', { customer: quoted(customer) }), { param: 'amounts', index: i });
    if (dates[i] > latest) latest = dates[i];
  }
  if (latest === -Infinity) return fail('na', message('hasNoOrders'), { param: 'customers' });
  const lastDay = asOf === undefined ? Math.floor(latest) : Math.floor(asOf);

  // Rows on or before the last day, grouped by customer (a counting sort keeps each customer's rows in order).
  const index = customerIndex();
  const rowCustomer = new Int32Array(n).fill(-1);
  let counts = new Int32Array(1024);
  for (let i = 0; i < n; i++) {
    const customer = customers[i];
    if (customer === null || Math.floor(dates[i]) > lastDay) continue;
    const c = index.id(customer);
    if (c >= counts.length) {
      const grown = new Int32Array(counts.length * 2);
      grown.set(counts);
      counts = grown;
    }
    rowCustomer[i] = c;
    counts[c]++;
  }
  const customerCount = index.names.length;
  if (customerCount === 0) {
    return fail('na', message('noOrdersByAsOf', { asOf: code('as_of'), limit: quoted(formatDay(lastDay)) }), { param: 'order_dates' });
  }
  if (customerCount < MIN_CUSTOMERS) {
    return fail('na', message('tooFewCustomers', { n: customerCount, min: MIN_CUSTOMERS }), { param: 'customers' });
  }
  const start = new Int32Array(customerCount + 1);
  for (let c = 0; c < customerCount; c++) start[c + 1] = start[c] + counts[c];
  const fill = start.slice(0, customerCount);
  const rows = new Int32Array(start[customerCount]);
  for (let i = 0; i < n; i++) if (rowCustomer[i] >= 0) rows[fill[rowCustomer[i]]++] = i;

  const x = new Int32Array(customerCount);
  const recencyDays = new Int32Array(customerCount);
  const ageDays = new Int32Array(customerCount);
  const meanRepeat = new Float64Array(customerCount).fill(NaN);
  let repeaters = 0;
  let days = new Float64Array(16);
  let spent = new Float64Array(16);
  let firstRow = new Int32Array(16);
  for (let c = 0; c < customerCount; c++) {
    const from = start[c];
    const size = start[c + 1] - from;
    if (size > days.length) {
      days = new Float64Array(size * 2);
      spent = new Float64Array(size * 2);
      firstRow = new Int32Array(size * 2);
    }
    // The customer's rows by day, same-day rows merged: an insertion into the days so far, which is quick for
    // the few orders most customers have; a customer with many is sorted by day first, so each lands last.
    if (size > SORT_FIRST) {
      rows.subarray(from, from + size).sort((i, j) => Math.floor(dates[i]) - Math.floor(dates[j]) || i - j);
    }
    let purchases = 0;
    for (let k = 0; k < size; k++) {
      const row = rows[from + k];
      const day = Math.floor(dates[row]);
      const amount = amounts === undefined ? 0 : amounts[row];
      let at = purchases - 1;
      while (at >= 0 && days[at] > day) at--;
      if (at >= 0 && days[at] === day) {
        spent[at] += amount;
        continue;
      }
      for (let j = purchases; j > at + 1; j--) {
        days[j] = days[j - 1];
        spent[j] = spent[j - 1];
        firstRow[j] = firstRow[j - 1];
      }
      days[at + 1] = day;
      spent[at + 1] = amount;
      firstRow[at + 1] = row;
      purchases++;
    }
    x[c] = purchases - 1;
    recencyDays[c] = days[purchases - 1] - days[0];
    ageDays[c] = lastDay - days[0];
    if (purchases > 1) {
      repeaters++;
      if (amounts !== undefined) {
        let total = 0;
        for (let k = 1; k < purchases; k++) {
          if (!(spent[k] > 0)) {
            return fail('num', message('repeatAmountNotPositive', {
              customer: quoted(index.names[c]), date: quoted(formatDay(days[k])), value: spent[k],
            }), { param: 'amounts', index: firstRow[k] });
          }
          total += spent[k];
        }
        meanRepeat[c] = total / (purchases - 1);
      }
    }
  }
  if (repeaters === 0) return fail('na', message('noRepeatPurchase', { limit: quoted(formatDay(lastDay)) }), { param: 'order_dates' });
  return { names: index.names, x, recencyDays, ageDays, meanRepeat, unitDays: unit === 'weeks' ? 7 : 1 };
}
