// RFM: recency, frequency and monetary scores and a segment for every customer.
import { formatDay } from '../cells';
import { defineKpi, type Table } from '../define';
import { fail } from '../errors';
import { code, message, quoted } from '../messages';
import { customerIndex } from './customer-index';

/**
 * The catalog's segment grid (the `rfm` package's segments), narrowest first so every segment can be
 * reached: [segment, R range, F range, M range]; the first match wins.
 */
const SEGMENTS: readonly (readonly [string, number, number, number, number, number, number])[] = [
  ['Champions', 4, 5, 4, 5, 4, 5],
  ['Loyal Customers', 2, 5, 3, 5, 3, 5],
  ["Can't Lose Them", 1, 1, 4, 5, 4, 5],
  ['New Customers', 4, 5, 1, 1, 1, 1],
  ['Promising', 3, 4, 1, 1, 1, 1],
  ['Potential Loyalist', 3, 5, 1, 3, 1, 3],
  ['Need Attention', 2, 3, 2, 3, 2, 3],
  ['About To Sleep', 2, 3, 1, 2, 1, 2],
  ['At Risk', 1, 2, 2, 5, 2, 5],
  ['Lost', 1, 2, 1, 2, 1, 2],
];

const OTHERS = 'Others';

/** Every segment RFM can give, in the grid's order, then "Others". */
export const RFM_SEGMENTS: readonly string[] = [...SEGMENTS.map(([name]) => name), OTHERS];

export function rfmSegment(r: number, f: number, m: number): string {
  for (const [name, rLo, rHi, fLo, fHi, mLo, mHi] of SEGMENTS) {
    if (r >= rLo && r <= rHi && f >= fLo && f <= fHi && m >= mLo && m <= mHi) return name;
  }
  return OTHERS;
}

/** Index of the first element of `sorted` not below (or, with `strict`, above) `value`. */
function bound(sorted: Float64Array, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value || (strict && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** min(5, 1 + ⌊5·w ÷ (n − 1)⌋) in integers, where w counts the customers strictly worse. */
function score(worse: number, n: number): number {
  if (n === 1) return 5;
  const scaled = 5 * worse;
  return Math.min(5, 1 + (scaled - (scaled % (n - 1))) / (n - 1));
}

export const rfm = defineKpi({
  id: 'RFM',
  group: 'loyalty',
  summary: 'A table with one row per customer: recency, frequency, monetary value, their 1–5 scores and the RFM segment.',
  formula: 'score = min(5, 1 + ⌊5·w ÷ (n − 1)⌋), w = customers strictly worse; segment from the rfm grid',
  params: [
    { name: 'customers', kind: 'labels', pairedWith: 'order_dates', description: 'The customer of each order, one row per order.' },
    { name: 'order_dates', kind: 'dates', pairedWith: 'customers', description: 'The date of each order.' },
    { name: 'amounts', kind: 'numbers', pairedWith: 'customers', description: 'The amount of each order.' },
    { name: 'as_of', kind: 'date', optional: true, description: 'The day recency is counted to. Default: the latest order date, so results do not change overnight.' },
  ],
  result: 'table',
  columns: ['customer', 'recency (days since the last order)', 'frequency (orders)', 'monetary (Σ amount)', 'R score', 'F score', 'M score', 'segment'],
  columnFormats: ['text', 'days', 'number', 'money', 'number', 'number', 'number', 'text'],
  errors: [
    { kind: 'value', when: 'the ranges differ in size, a row is partly blank, or a cell has the wrong kind of value' },
    { kind: 'num', when: 'an order is after as_of' },
    { kind: 'na', when: 'there are no orders' },
  ],
  examples: [
    {
      formula: 'RFM({"A";"B";"A";"C"}, {"2024-03-01";"2024-01-15";"2024-03-20";"2024-02-01"}, {100;50;300;80})',
      args: [
        [['A'], ['B'], ['A'], ['C']],
        [['2024-03-01'], ['2024-01-15'], ['2024-03-20'], ['2024-02-01']],
        [[100], [50], [300], [80]],
      ],
      result: [
        ['A', 0, 2, 400, 5, 5, 5, 'Champions'],
        ['B', 65, 1, 50, 1, 1, 1, 'Lost'],
        ['C', 48, 1, 80, 3, 1, 3, 'Potential Loyalist'],
      ],
    },
  ],
  compute: (customers, dates, amounts, asOf) => {
    const index = customerIndex();
    const { names } = index;
    let stats = new Float64Array(3 * 1024);
    const limit = asOf === undefined ? Infinity : Math.floor(asOf);
    let latest = -Infinity;
    for (let i = 0; i < customers.length; i++) {
      const customer = customers[i];
      const date = dates[i];
      const amount = amounts[i];
      const hasDate = !Number.isNaN(date);
      const hasAmount = !Number.isNaN(amount);
      if (customer === null && !hasDate && !hasAmount) continue;
      if (customer === null) return fail('value', message('blankCustomerWithOrder'), { param: 'customers', index: i });
      if (!hasDate) return fail('value', message('blankForOrderOf', { customer: quoted(customer) }), { param: 'order_dates', index: i });
      if (!hasAmount) return fail('value', message('blankForOrderOf', { customer: quoted(customer) }), { param: 'amounts', index: i });
      const day = Math.floor(date);
      if (day > limit) return fail('num', message('afterAsOf', { date: quoted(formatDay(day)), asOf: code('as_of'), limit: quoted(formatDay(limit)) }), { param: 'order_dates', index: i });
      if (day > latest) latest = day;
      const c = index.id(customer);
      if (stats.length < 3 * (c + 1)) {
        const grown = new Float64Array(stats.length * 2);
        grown.set(stats);
        stats = grown;
      }
      const at = 3 * c;
      // A customer's first order sets the last-order day; later ones move it only forward.
      if (stats[at + 1] === 0 || day > stats[at]) stats[at] = day;
      stats[at + 1]++;
      stats[at + 2] += amount;
    }
    const n = names.length;
    if (n === 0) return fail('na', message('hasNoOrders'), { param: 'customers' });
    const reference = asOf === undefined ? latest : limit;
    const recency = new Float64Array(n);
    const frequency = new Float64Array(n);
    const monetary = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      recency[c] = reference - stats[3 * c];
      frequency[c] = stats[3 * c + 1];
      // Sums of amounts with cents carry binary noise (10.10 + 20.20 is 30.299999999999997); at the 15
      // significant digits a spreadsheet shows, equal totals tie as the user sees them.
      monetary[c] = Number(stats[3 * c + 2].toPrecision(15));
    }
    const sortedRecency = Float64Array.from(recency).sort();
    const sortedFrequency = Float64Array.from(frequency).sort();
    const sortedMonetary = Float64Array.from(monetary).sort();
    const table: Table = [];
    for (let c = 0; c < n; c++) {
      const r = score(n - bound(sortedRecency, recency[c], true), n);
      const f = score(bound(sortedFrequency, frequency[c], false), n);
      const m = score(bound(sortedMonetary, monetary[c], false), n);
      table.push([names[c], recency[c], frequency[c], monetary[c], r, f, m, rfmSegment(r, f, m)]);
    }
    return table;
  },
});
