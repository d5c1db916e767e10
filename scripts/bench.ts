// Benchmark of the KPI core on host-shaped inputs (1,000,000-row columns as Excel and Sheets pass them).
//
//   node --expose-gc --import tsx scripts/bench.ts        (or: npm run bench)
//   node --expose-gc --import tsx scripts/bench.ts rfm    (only the cases whose name contains an argument)
//   node --expose-gc --import tsx scripts/bench.ts web    (only the browser workbook, in Chromium)
//
// Without an argument it runs the Excel cases and the Sheets cases each in a process of its own.
//
// Each single-pass KPI is timed through runKpi(findKpi(ID), args) and against a hand-written loop over
// the same host-shaped array that computes the same number the simplest honest way; the loop's result
// is checked against the core's. Targets: core within 2× of its loop; RFM (100k customers, 1M orders),
// BY_PERIOD and COHORT_RETENTION (1M orders) and MRR_MOVEMENTS (100k customers, 1M rows over 36 months)
// under 1000 ms; the customer value fit (CLV_MODEL, CLV_FORECAST) on 100,000 customers and about 1,000,000
// orders under 2000 ms (Apps Script stops a custom function after 30 s and runs slower than Node), with the
// CDNOW fit timed beside it. The script reports; it never fails the process on a missed target.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { findKpi, isKpiError, runKpi, type CallContext, type HostCell } from '../core/index';
import { CDNOW_AS_OF, cdnowOrders } from './cdnow-orders';
import { simulateOrders } from './simulate-orders';
import { mulberry32 } from '../ui/template/sample-data';
import { benchWeb } from './bench-web';
// Excel's grid: a whole-column reference (B:B) passes this many rows.
import { SHEET_ROWS } from '../ui/wizard/bounded-range';

type Cell = number | string | Date | null;
type Column = Cell[][];

const ROWS = 1_000_000;
const RFM_CUSTOMERS = 100_000;
const RFM_ORDERS = 1_000_000;
const WARMUP = 3;
const RUNS = 7;
const MB = 1024 * 1024;
const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

// ---------------------------------------------------------------- seeded inputs

/** The template's seeded PRNG (mulberry32), so every run benches the same data. */
const prng = mulberry32;

const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** A Sheets date cell: a Date at midnight on the runtime's wall clock for an Excel serial day. */
export function serialToLocalDate(serial: number): Date {
  const utc = new Date(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Midnight of a serial day on the wall clock of `timeZone`, as Sheets passes a date cell of a spreadsheet in that zone. */
export function zonedMidnightMaker(timeZone: string): (serial: number) => Date {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', day: 'numeric' });
  const cache = new Map<number, number>();
  return (serial) => {
    let ms = cache.get(serial);
    if (ms === undefined) {
      const utcMidnight = SERIAL_EPOCH_MS + serial * MS_PER_DAY;
      const target = new Date(utcMidnight).getUTCDate();
      // Try offsets from +14 h to −12 h and keep the instant that shows 00:00 on the same calendar day.
      ms = utcMidnight;
      for (let h = 14; h >= -12; h--) {
        const guess = utcMidnight - h * 3_600_000;
        const parts = fmt.formatToParts(new Date(guess));
        const hour = Number(parts.find((p) => p.type === 'hour')!.value);
        const day = Number(parts.find((p) => p.type === 'day')!.value);
        if (hour === 0 && day === target) { ms = guess; break; }
      }
      cache.set(serial, ms);
    }
    return new Date(ms);
  };
}

const SCORE_WEIGHTS = [2, 1, 1, 2, 2, 4, 6, 10, 18, 24, 30]; // 0..10, skewed towards promoters like real surveys

export function npsColumn(blank: null | ''): Column {
  const rand = prng(1);
  const cdf: number[] = [];
  let acc = 0;
  const total = SCORE_WEIGHTS.reduce((a, b) => a + b, 0);
  for (const w of SCORE_WEIGHTS) cdf.push((acc += w) / total);
  const out: Column = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    if (rand() < 0.02) { out[i] = [blank]; continue; }
    const u = rand();
    let s = 0;
    while (cdf[s] < u) s++;
    out[i] = [s];
  }
  return out;
}

const FILLED_ROWS = 1000;

/** B:B over a survey of 1,000 answers: the first 1,000 scores of npsColumn, then blanks to the sheet's last row. */
export function wholeNpsColumn(blank: null | ''): { whole: Column; filled: Column } {
  const filled = npsColumn(blank).slice(0, FILLED_ROWS);
  const whole: Column = new Array(SHEET_ROWS);
  for (let i = 0; i < SHEET_ROWS; i++) whole[i] = i < FILLED_ROWS ? filled[i] : [blank];
  return { whole, filled };
}

export function spendColumn(blank: null | ''): Column {
  const rand = prng(2);
  const out: Column = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) out[i] = [rand() < 0.02 ? blank : Math.round(rand() * 500_000) / 100];
  return out;
}

/**
 * One column as a host passes it: the values are drawn first, then the column's row arrays are made one
 * after another. Hosts deserialize one argument at a time, so a column's rows sit together in memory;
 * making two columns' rows in alternation would interleave them and slow every separate pass over one.
 */
function column(n: number, cellAt: (i: number) => Cell): Column {
  const out: Column = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [cellAt(i)];
  return out;
}

interface Deals { starts: Column; closes: Column }

/** Start serials 45000–45600, cycles of 1–180 days, ~10% open deals (blank close), ~2% blank starts. */
export function dealColumns(blank: null | '', toCell: (serial: number) => Cell): Deals {
  const rand = prng(3);
  const start = new Float64Array(ROWS);
  const close = new Float64Array(ROWS); // NaN: blank
  for (let i = 0; i < ROWS; i++) {
    const s = int(rand, 45000, 45600);
    const open = rand() < 0.10;
    close[i] = open ? NaN : s + int(rand, 1, 180);
    start[i] = rand() < 0.02 ? NaN : s;
  }
  const cell = (v: number): Cell => (Number.isNaN(v) ? blank : toCell(v));
  return { starts: column(ROWS, (i) => cell(start[i])), closes: column(ROWS, (i) => cell(close[i])) };
}

const SOURCES = [
  'Web', 'web', 'Email', 'email ', 'Referral', 'LinkedIn', 'Google Ads', 'Trade show', 'Cold call',
  'Partner', 'Webinar', 'Instagram', 'Content', 'Events', 'Direct', 'Outbound',
];
const SOURCE_WEIGHTS = [20, 4, 12, 1, 10, 9, 8, 3, 5, 6, 4, 7, 3, 2, 4, 2];

export function sourceColumns(blank: null | ''): { sources: Column; values: Column } {
  const rand = prng(4);
  const total = SOURCE_WEIGHTS.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of SOURCE_WEIGHTS) cdf.push((acc += w) / total);
  const source = new Int8Array(ROWS); // -1: blank
  const value = new Float64Array(ROWS); // NaN: blank
  for (let i = 0; i < ROWS; i++) {
    const u = rand();
    let s = 0;
    while (cdf[s] < u) s++;
    source[i] = rand() < 0.02 ? -1 : s;
    value[i] = rand() < 0.02 ? NaN : int(rand, 500, 250_000);
  }
  return {
    sources: column(ROWS, (i) => (source[i] < 0 ? blank : SOURCES[source[i]])),
    values: column(ROWS, (i) => (Number.isNaN(value[i]) ? blank : value[i])),
  };
}

/**
 * 1M orders over 100k customers "C000000".."C099999": every customer orders at least once, the rest skew to a
 * few; ~2% fully blank rows (which RFM skips); rows in random order.
 */
export function rfmColumns(blank: null | '', toCell: (serial: number) => Cell): { customers: Column; dates: Column; amounts: Column } {
  const rand = prng(5);
  const who = new Int32Array(RFM_ORDERS); // -1: a blank row
  for (let i = 0; i < RFM_ORDERS; i++) {
    who[i] = i < RFM_CUSTOMERS ? i : rand() < 0.02 ? -1 : Math.floor(RFM_CUSTOMERS * rand() ** 2);
  }
  for (let i = RFM_ORDERS - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = who[i]; who[i] = who[j]; who[j] = t;
  }
  const day = new Int32Array(RFM_ORDERS);
  const amount = new Float64Array(RFM_ORDERS);
  for (let i = 0; i < RFM_ORDERS; i++) {
    day[i] = int(rand, 45000, 45600);
    amount[i] = Math.round(rand() * 1_000_000) / 100;
  }
  return {
    // Text ids as a host passes them: a fresh string per cell, not one shared constant.
    customers: column(RFM_ORDERS, (i) => (who[i] < 0 ? blank : `C${String(who[i]).padStart(6, '0')}`)),
    dates: column(RFM_ORDERS, (i) => (who[i] < 0 ? blank : toCell(day[i]))),
    amounts: column(RFM_ORDERS, (i) => (who[i] < 0 ? blank : amount[i])),
  };
}

const MRR_CUSTOMERS = 100_000;
const MRR_MONTHS = 36;
const MRR_ROWS = 1_000_000;
/** Serial day of the 1st of each of the 36 months from January 2022. */
const MONTH_STARTS = Array.from({ length: MRR_MONTHS }, (_, m) => (Date.UTC(2022, m, 1) - SERIAL_EPOCH_MS) / MS_PER_DAY);

/**
 * A subscription log of 1M rows: 100k customers, each with a run of consecutive months (10 on average) in
 * the 36 from January 2022, MRR changing now and then, some months at 0 (a pause, then reactivation);
 * rows in random order, each dated the month's 1st or a later day.
 */
export function mrrColumns(blank: null | '', toCell: (serial: number) => Cell): { customers: Column; months: Column; mrr: Column } {
  const rand = prng(11);
  const who = new Int32Array(MRR_ROWS);
  const month = new Int32Array(MRR_ROWS);
  const amount = new Float64Array(MRR_ROWS);
  let row = 0;
  for (let c = 0; c < MRR_CUSTOMERS && row < MRR_ROWS; c++) {
    const left = MRR_CUSTOMERS - c;
    const length = Math.min(MRR_MONTHS, Math.max(1, Math.round(((MRR_ROWS - row) / left) * (0.5 + rand()))));
    const start = int(rand, 0, MRR_MONTHS - length);
    let mrr = 10 * int(rand, 2, 50);
    for (let m = start; m < start + length && row < MRR_ROWS; m++, row++) {
      const r = rand();
      if (r < 0.08) mrr += 10 * int(rand, 1, 10);
      else if (r < 0.12) mrr = Math.max(10, mrr - 10 * int(rand, 1, 5));
      who[row] = c;
      month[row] = m;
      amount[row] = r > 0.97 ? 0 : mrr;
    }
  }
  const n = row;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    let t = who[i]; who[i] = who[j]; who[j] = t;
    t = month[i]; month[i] = month[j]; month[j] = t;
    const a = amount[i]; amount[i] = amount[j]; amount[j] = a;
  }
  const day = (i: number) => MONTH_STARTS[month[i]] + (i % 3 === 0 ? 0 : i % 25);
  return {
    customers: column(n, (i) => `S${String(who[i]).padStart(6, '0')}`),
    months: column(n, (i) => toCell(day(i))),
    mrr: column(n, (i) => (amount[i] === 0 && i % 2 === 0 ? blank : amount[i])),
  };
}

// ---------------------------------------------------------------- hand-written loops

function npsLoop(col: Column): number {
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i][0];
    if (v === null || v === '') continue;
    if (typeof v !== 'number') throw new Error(`row ${i + 1} is not a score`);
    responses++;
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  return (100 * (promoters - detractors)) / responses;
}

function cacLoop(col: Column, customers: number): number {
  let total = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i][0];
    if (typeof v === 'number') total += v;
  }
  return total / customers;
}

function cycleLoopSerial(starts: Column, closes: Column): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i][0];
    const c = closes[i][0];
    if (typeof s !== 'number' || typeof c !== 'number') continue;
    sum += c - s;
    count++;
  }
  return sum / count;
}

/** A CRM export left as text: US dates (12/14/2024) and statuses; only won and lost deals count. */
export function crmTextColumns(): { starts: Column; closes: Column; statuses: Column; amounts: Column } {
  const rand = prng(5);
  const us = (serial: number) => {
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  };
  const starts: Column = new Array(ROWS);
  const closes: Column = new Array(ROWS);
  const statuses: Column = new Array(ROWS);
  const amounts: Column = new Array(ROWS);
  const STATUSES = ['Closed Won', 'Closed Lost', 'Negotiation/Review', 'Closed-Lost to Competition', 'Prospecting'];
  for (let i = 0; i < ROWS; i++) {
    const s = int(rand, 45000, 45600);
    starts[i] = [us(s)];
    closes[i] = [us(s + int(rand, 1, 180))];
    statuses[i] = [STATUSES[int(rand, 0, 4)]];
    const cents = int(rand, 50_000, 5_000_000);
    amounts[i] = [`$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`];
  }
  return { starts, closes, statuses, amounts };
}

/** The plain way over that export: split the slashes, strip $ and commas, compare the status text. */
function crmCycleLoop(c: ReturnType<typeof crmTextColumns>): number {
  const day = (text: string) => {
    const [m, d, y] = text.split('/').map(Number);
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  let sum = 0;
  let count = 0;
  for (let i = 0; i < c.starts.length; i++) {
    const status = String(c.statuses[i][0]).toLowerCase();
    if (!status.startsWith('closed won') && !status.startsWith('closed lost') && !status.startsWith('closed-lost')) continue;
    sum += day(String(c.closes[i][0])) - day(String(c.starts[i][0]));
    count++;
  }
  return sum / count;
}

function crmDealSizeLoop(c: ReturnType<typeof crmTextColumns>): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < c.amounts.length; i++) {
    if (!String(c.statuses[i][0]).toLowerCase().startsWith('closed won')) continue;
    sum += Number(String(c.amounts[i][0]).replace(/[$,]/g, ''));
    count++;
  }
  return sum / count;
}

/** Date objects: getTime difference ÷ 86,400,000. DST-naive: a span across a clock change is off by an hour. */
function cycleLoopDate(starts: Column, closes: Column): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i][0];
    const c = closes[i][0];
    if (!(s instanceof Date) || !(c instanceof Date)) continue;
    sum += c.getTime() - s.getTime();
    count++;
  }
  return sum / count / MS_PER_DAY;
}

/** BY_SOURCE the plain way: key = trimmed lower-case text (enough for these ASCII labels), first spelling shown. */
function bySourceLoop(sources: Column, values: Column): (string | number)[][] {
  const rows = new Map<string, [string, number, number]>();
  let totalSum = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i][0];
    const v = values[i][0];
    const noSource = s === null || s === '';
    // The catalog: a value with no source counts under "(none)"; a row with neither is skipped.
    if (noSource && typeof v !== 'number') continue;
    const amount = typeof v === 'number' ? v : 0;
    const label = noSource ? '(none)' : (s as string).trim();
    const k = noSource ? '\u0000' : label.toLowerCase();
    const row = rows.get(k);
    if (row) { row[1]++; row[2] += amount; } else rows.set(k, [label, 1, amount]);
    totalSum += amount;
  }
  return [...rows.values()].sort((a, b) => b[2] - a[2]).map(([l, n, sum]) => [l, n, sum, sum / totalSum]);
}

/** A date cell's serial day the plain way: a number is one; a Date is read on the runtime's clock. */
function serialOf(cell: Cell): number {
  if (typeof cell === 'number') return Math.floor(cell);
  if (cell instanceof Date) return Math.round((Date.UTC(cell.getFullYear(), cell.getMonth(), cell.getDate()) - SERIAL_EPOCH_MS) / MS_PER_DAY);
  return NaN;
}

/** The Gregorian month count (year · 12 + month) of each serial day, cached per day. */
function gregorianMonthOf(): (serial: number) => number {
  const cache = new Map<number, number>();
  return (serial) => {
    let m = cache.get(serial);
    if (m === undefined) {
      const d = new Date(SERIAL_EPOCH_MS + serial * MS_PER_DAY);
      m = d.getUTCFullYear() * 12 + d.getUTCMonth();
      cache.set(serial, m);
    }
    return m;
  };
}

const monthLabel = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** BY_PERIOD by Gregorian month, the plain way: a map from month to count and sum, then the rows in order. */
function byMonthLoop(dates: Column, values: Column): (string | number)[][] {
  const monthOf = gregorianMonthOf();
  const counts = new Map<number, number>();
  const sums = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < dates.length; i++) {
    const day = serialOf(dates[i][0]);
    if (Number.isNaN(day)) continue;
    const m = monthOf(day);
    if (m < lo) lo = m;
    if (m > hi) hi = m;
    counts.set(m, (counts.get(m) ?? 0) + 1);
    const v = values[i][0];
    sums.set(m, (sums.get(m) ?? 0) + (typeof v === 'number' ? v : 0));
  }
  const rows: (string | number)[][] = [];
  for (let m = lo; m <= hi; m++) {
    const sum = sums.get(m) ?? 0;
    const previous = m === lo ? 0 : sums.get(m - 1) ?? 0;
    rows.push([monthLabel(m), counts.get(m) ?? 0, sum, previous === 0 ? '' : (sum - previous) / previous]);
  }
  return rows;
}

/** COHORT_RETENTION by Gregorian month, the plain way: first month per customer, then a set of (customer, month) seen. */
function cohortLoop(customers: Column, dates: Column): (string | number)[][] {
  const monthOf = gregorianMonthOf();
  const ids = new Map<string, number>();
  const who: number[] = [];
  const when: number[] = [];
  const first: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i][0];
    const day = serialOf(dates[i][0]);
    if (typeof c !== 'string' || c === '' || Number.isNaN(day)) continue;
    const key = c.trim().toLowerCase();
    let id = ids.get(key);
    if (id === undefined) { id = first.length; ids.set(key, id); first.push(Infinity); }
    const m = monthOf(day);
    who.push(id); when.push(m);
    if (m < first[id]) first[id] = m;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const width = hi - lo + 1;
  const seen = new Set<number>();
  const active = new Float64Array(width * width);
  for (let i = 0; i < who.length; i++) {
    const key = who[i] * width + (when[i] - lo);
    if (seen.has(key)) continue;
    seen.add(key);
    const cohort = first[who[i]] - lo;
    active[cohort * width + (when[i] - lo - cohort)]++;
  }
  const rows: (string | number)[][] = [];
  for (let cohort = 0; cohort < width; cohort++) {
    const size = active[cohort * width];
    if (size === 0) continue;
    const row: (string | number)[] = [monthLabel(lo + cohort), size];
    for (let k = 0; k < width; k++) row.push(cohort + k < width ? active[cohort * width + k] / size : '');
    rows.push(row);
  }
  return rows;
}

/** MRR_MOVEMENTS by Gregorian month, the plain way: a dense customer × month matrix, then each customer's months in order. */
function mrrLoop(customers: Column, months: Column, mrr: Column): (string | number)[][] {
  const monthOf = gregorianMonthOf();
  const ids = new Map<string, number>();
  const who = new Int32Array(customers.length);
  const when = new Int32Array(customers.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < customers.length; i++) {
    const key = (customers[i][0] as string).trim().toLowerCase();
    let id = ids.get(key);
    if (id === undefined) { id = ids.size; ids.set(key, id); }
    const m = monthOf(serialOf(months[i][0]));
    who[i] = id; when[i] = m;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const width = hi - lo + 1;
  const n = ids.size;
  const grid = new Float64Array(n * width);
  const firstMonth = new Int32Array(n).fill(width);
  const lastMonth = new Int32Array(n).fill(-1);
  for (let i = 0; i < customers.length; i++) {
    const v = mrr[i][0];
    const m = when[i] - lo;
    grid[who[i] * width + m] += typeof v === 'number' ? v : 0;
    if (m < firstMonth[who[i]]) firstMonth[who[i]] = m;
    if (m > lastMonth[who[i]]) lastMonth[who[i]] = m;
  }
  const moves = new Float64Array(width * 6);
  for (let c = 0; c < n; c++) {
    let previous = 0;
    let paid = false;
    for (let m = firstMonth[c]; m <= Math.min(lastMonth[c] + 1, width - 1); m++) {
      const current = grid[c * width + m];
      if (previous === 0) { if (current > 0) moves[m * 6 + (paid ? 2 : 0)] += current; }
      else if (current === 0) moves[m * 6 + 4] -= previous;
      else if (current > previous) moves[m * 6 + 1] += current - previous;
      else if (current < previous) moves[m * 6 + 3] += current - previous;
      if (current > 0) { moves[m * 6 + 5]++; paid = true; }
      previous = current;
    }
  }
  const rows: (string | number)[][] = [];
  let start = 0;
  for (let m = 0; m < width; m++) {
    const at = m * 6;
    const end = start + moves[at] + moves[at + 1] + moves[at + 2] + moves[at + 3] + moves[at + 4];
    rows.push([monthLabel(lo + m), start, moves[at], moves[at + 1], moves[at + 2], moves[at + 3], moves[at + 4], end, moves[at + 5]]);
    start = end;
  }
  return rows;
}

// ---------------------------------------------------------------- measuring

interface Case {
  name: string;
  rows: number;
  core: () => unknown;
  loop?: () => unknown;
  /** Compares the core's result with the loop's: text starting "ok" when they agree, else what differs. */
  check?: (core: unknown, loop: unknown) => string;
  /** Timed runs and warm-up calls, when not RUNS and WARMUP (RFM takes about a second a call). */
  runs?: number;
  warmup?: number;
  /** A note printed under the table. */
  note?: string;
  single: boolean;
}

interface Row {
  name: string;
  rows: number;
  coreMs: number;
  loopMs?: number;
  heapMb: number;
  keptMb: number;
  check: string;
  single: boolean;
  error?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median of `runs` timed calls after `warmup` untimed ones; the heap is collected once before the series. */
function time(fn: () => unknown, runs = RUNS, warmup = WARMUP): number {
  for (let i = 0; i < warmup; i++) fn();
  gc?.();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** JS heap plus ArrayBuffer backing stores (the core's Float64Arrays live outside the JS heap). */
function memNow(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Memory of one call, from a collected baseline: `grown` right after it returns (what it allocated, less whatever
 * young-generation collections freed during the call) and `kept`, the JS heap after another collection with its result alive.
 */
function measureHeap(fn: () => unknown): { grown: number; kept: number } {
  gc?.();
  gc?.();
  const before = memNow();
  const beforeHeap = process.memoryUsage().heapUsed;
  const result = fn();
  const grown = (memNow() - before) / MB;
  gc?.();
  // The result is a number or a table, on the JS heap; freed ArrayBuffers are released lazily, so they are left out here.
  const kept = (process.memoryUsage().heapUsed - beforeHeap) / MB;
  if (result === measureHeap) console.log(result); // holds the result until measured
  return { grown, kept };
}

function approxEqual(a: number, b: number, tol: number): string {
  const delta = Math.abs(a - b);
  if (delta > tol) return `core ${a} vs loop ${b} (|Δ| ${delta.toPrecision(3)} > ${tol.toPrecision(3)})`;
  return tol === 0 || delta === 0 ? 'ok' : `ok (|Δ| ${delta.toPrecision(2)})`;
}

function numericCheck(tol: number) {
  return (core: unknown, loop: unknown): string =>
    typeof core === 'number' && typeof loop === 'number' ? approxEqual(core, loop, tol) : `core ${describe(core)}, loop ${describe(loop)}`;
}

function describe(value: unknown): string {
  if (isKpiError(value)) return `error ${value.kind}: ${value.message}`;
  if (Array.isArray(value)) return `table of ${value.length} rows`;
  return String(value);
}

function tableCheck(core: unknown, loop: unknown): string {
  if (!Array.isArray(core) || !Array.isArray(loop)) return `core ${describe(core)}, loop ${describe(loop)}`;
  if (core.length !== loop.length) return `core has ${core.length} rows, loop ${loop.length}`;
  for (let i = 0; i < core.length; i++) {
    const a = core[i] as unknown[];
    const b = loop[i] as unknown[];
    if (a.length !== b.length || a.some((x, j) => x !== b[j])) return `row ${i + 1}: core ${JSON.stringify(a)}, loop ${JSON.stringify(b)}`;
  }
  return 'ok';
}

function runCase(c: Case): Row {
  const warmup = c.warmup ?? WARMUP;
  // Warm-up call 1 gives the result the loop is checked against; call 2, on warm code, the memory figures.
  const first = c.core();
  const row: Row = { name: c.name, rows: c.rows, coreMs: NaN, heapMb: NaN, keptMb: NaN, check: '', single: c.single };
  if (isKpiError(first)) row.error = `${first.kind}: ${first.message}`;
  if (c.loop && c.check) row.check = c.check(first, c.loop());
  const heap = measureHeap(c.core);
  row.heapMb = heap.grown;
  row.keptMb = heap.kept;
  row.coreMs = time(c.core, c.runs, Math.max(0, warmup - 2));
  if (c.loop) row.loopMs = time(c.loop, c.runs, warmup);
  return row;
}

// ---------------------------------------------------------------- cases

function kpi(id: string) {
  const def = findKpi(id);
  if (!def) throw new Error(`${id} is not in the registry`);
  return def;
}

const NPS = kpi('NPS');
const CAC = kpi('CAC');
const SALES_CYCLE = kpi('SALES_CYCLE');
const AVG_DEAL_SIZE = kpi('AVG_DEAL_SIZE');
const BY_SOURCE = kpi('BY_SOURCE');
const RFM = kpi('RFM');
const BY_PERIOD = kpi('BY_PERIOD');
const COHORT_RETENTION = kpi('COHORT_RETENTION');
const MRR_MOVEMENTS = kpi('MRR_MOVEMENTS');
const CLV_MODEL = kpi('CLV_MODEL');
const CLV_FORECAST = kpi('CLV_FORECAST');

/** An order list as host columns: ids, dates as `day` makes them from a serial, amounts. */
function orderColumns(orders: { customers: string[]; days: number[]; amounts: number[] }, day: (serial: number) => number | Date): { customers: HostCell[][]; dates: HostCell[][]; amounts: HostCell[][]; rows: number } {
  return {
    customers: orders.customers.map((c) => [c]),
    dates: orders.days.map((d) => [day(d) as HostCell]),
    amounts: orders.amounts.map((a) => [a]),
    rows: orders.days.length,
  };
}

/** 100,000 customers and about 1,000,000 orders over 565 days, drawn from BG/NBD and Gamma-Gamma. */
const CLV_CUSTOMERS = 100_000;
function simulatedClvColumns(day: (serial: number) => number | Date): ReturnType<typeof orderColumns> {
  return orderColumns(simulateOrders({ r: 2, alpha: 60, a: 1, b: 9, p: 4, q: 3, gamma: 50 }, CLV_CUSTOMERS, { seed: 7, endDay: 565 }), day);
}

const ATHENS = 'Europe/Athens';

/** Each case builds its own inputs when it runs, so only one set of 1M-row columns is alive at a time. */
const CASES: { name: string; make: () => Omit<Case, 'name'> }[] = [
  { name: 'NPS excel', make: () => {
    const col = npsColumn(null);
    return { rows: ROWS, single: true, core: () => runKpi(NPS, [col]), loop: () => npsLoop(col), check: numericCheck(0) };
  } },
  { name: 'NPS sheets', make: () => {
    const col = npsColumn('');
    return { rows: ROWS, single: true, core: () => runKpi(NPS, [col]), loop: () => npsLoop(col), check: numericCheck(0) };
  } },
  { name: 'NPS excel whole column', make: () => {
    const { whole } = wholeNpsColumn(null);
    return {
      rows: SHEET_ROWS, single: true, core: () => runKpi(NPS, [whole]), loop: () => npsLoop(whole), check: numericCheck(0),
      note: `"whole column": NPS(B:B) as Excel passes it, ${SHEET_ROWS.toLocaleString('en-US')} rows of which the first ${FILLED_ROWS.toLocaleString('en-US')} are filled; "filled rows": the same ${FILLED_ROWS.toLocaleString('en-US')} answers alone. The loop must look at every row too.`,
    };
  } },
  { name: 'NPS excel filled rows', make: () => {
    const { filled } = wholeNpsColumn(null);
    // No loop: at 1,000 rows the call's fixed cost, not the reading, is what a ratio would show.
    return { rows: FILLED_ROWS, single: true, core: () => runKpi(NPS, [filled]) };
  } },
  { name: 'NPS sheets whole column', make: () => {
    const { whole } = wholeNpsColumn('');
    return { rows: SHEET_ROWS, single: true, core: () => runKpi(NPS, [whole]), loop: () => npsLoop(whole), check: numericCheck(0) };
  } },
  { name: 'CAC excel', make: () => {
    const col = spendColumn(null);
    return { rows: ROWS, single: true, core: () => runKpi(CAC, [col, 5600]), loop: () => cacLoop(col, 5600), check: numericCheck(0) };
  } },
  { name: 'CAC sheets', make: () => {
    const col = spendColumn('');
    return { rows: ROWS, single: true, core: () => runKpi(CAC, [col, 5600]), loop: () => cacLoop(col, 5600), check: numericCheck(0) };
  } },
  { name: 'SALES_CYCLE excel', make: () => {
    const { starts, closes } = dealColumns(null, (s) => s);
    return {
      rows: ROWS, single: true,
      core: () => runKpi(SALES_CYCLE, [starts, closes]), loop: () => cycleLoopSerial(starts, closes), check: numericCheck(1e-9),
    };
  } },
  { name: 'SALES_CYCLE sheets', make: () => {
    const { starts, closes } = dealColumns('', serialToLocalDate);
    return {
      rows: ROWS, single: true,
      core: () => runKpi(SALES_CYCLE, [starts, closes]), loop: () => cycleLoopDate(starts, closes),
      // Midnight dates on the runtime clock; the loop is DST-naive, so allow at most one hour per row: 1/24 day on the mean.
      check: numericCheck(1 / 24),
    };
  } },
  { name: 'SALES_CYCLE sheets tz', make: () => {
    const midnight = zonedMidnightMaker(ATHENS);
    const { starts, closes } = dealColumns('', midnight);
    const ctx: Partial<CallContext> = { timeZone: ATHENS };
    return {
      rows: ROWS, single: true,
      core: () => runKpi(SALES_CYCLE, [starts, closes], ctx), loop: () => cycleLoopDate(starts, closes),
      check: numericCheck(1 / 24),
      note: `"SALES_CYCLE sheets tz": Date objects at midnight in ${ATHENS} (which has DST), read with context { timeZone: '${ATHENS}' } as a Sheets adapter would pass the spreadsheet's zone.`,
    };
  } },
  { name: 'SALES_CYCLE CRM text', make: () => {
    const columns = crmTextColumns();
    return {
      rows: ROWS, single: true,
      core: () => runKpi(SALES_CYCLE, [columns.starts, columns.closes, columns.statuses]), loop: () => crmCycleLoop(columns), check: numericCheck(1e-9),
      note: '"… CRM text": a Salesforce export left as text, 12/14/2024 dates and Closed Won / Closed-Lost to Competition statuses (the order of day and month decided from the cells); "$17,150.00" amounts.',
    };
  } },
  { name: 'AVG_DEAL_SIZE CRM text', make: () => {
    const columns = crmTextColumns();
    return {
      rows: ROWS, single: true,
      core: () => runKpi(AVG_DEAL_SIZE, [columns.amounts, columns.statuses]), loop: () => crmDealSizeLoop(columns), check: numericCheck(1e-6),
    };
  } },
  { name: 'BY_SOURCE excel', make: () => {
    const { sources, values } = sourceColumns(null);
    return {
      rows: ROWS, single: true,
      core: () => runKpi(BY_SOURCE, [sources, values]), loop: () => bySourceLoop(sources, values), check: tableCheck,
    };
  } },
  { name: 'BY_SOURCE sheets', make: () => {
    const { sources, values } = sourceColumns('');
    return {
      rows: ROWS, single: true,
      core: () => runKpi(BY_SOURCE, [sources, values]), loop: () => bySourceLoop(sources, values), check: tableCheck,
    };
  } },
  { name: 'BY_PERIOD excel', make: () => {
    const { dates, amounts } = rfmColumns(null, (d) => d);
    return { rows: RFM_ORDERS, single: true, core: () => runKpi(BY_PERIOD, [dates, amounts]), loop: () => byMonthLoop(dates, amounts), check: tableCheck };
  } },
  { name: 'BY_PERIOD excel jalali', make: () => {
    const { dates, amounts } = rfmColumns(null, (d) => d);
    return { rows: RFM_ORDERS, single: false, core: () => runKpi(BY_PERIOD, [dates, amounts, 'month', 'jalali']) };
  } },
  { name: 'BY_PERIOD sheets', make: () => {
    const { dates, amounts } = rfmColumns('', serialToLocalDate);
    return { rows: RFM_ORDERS, single: true, core: () => runKpi(BY_PERIOD, [dates, amounts]), loop: () => byMonthLoop(dates, amounts), check: tableCheck };
  } },
  { name: 'COHORT_RETENTION excel', make: () => {
    const { customers, dates } = rfmColumns(null, (d) => d);
    return { rows: RFM_ORDERS, single: true, runs: 5, core: () => runKpi(COHORT_RETENTION, [customers, dates]), loop: () => cohortLoop(customers, dates), check: tableCheck };
  } },
  { name: 'COHORT_RETENTION sheets', make: () => {
    const { customers, dates } = rfmColumns('', serialToLocalDate);
    return { rows: RFM_ORDERS, single: true, runs: 5, core: () => runKpi(COHORT_RETENTION, [customers, dates]), loop: () => cohortLoop(customers, dates), check: tableCheck };
  } },
  { name: 'MRR_MOVEMENTS excel', make: () => {
    const { customers, months, mrr } = mrrColumns(null, (d) => d);
    return { rows: MRR_ROWS, single: true, runs: 5, core: () => runKpi(MRR_MOVEMENTS, [customers, months, mrr]), loop: () => mrrLoop(customers, months, mrr), check: tableCheck };
  } },
  { name: 'MRR_MOVEMENTS sheets', make: () => {
    const { customers, months, mrr } = mrrColumns('', serialToLocalDate);
    return { rows: MRR_ROWS, single: true, runs: 5, core: () => runKpi(MRR_MOVEMENTS, [customers, months, mrr]), loop: () => mrrLoop(customers, months, mrr), check: tableCheck };
  } },
  { name: 'CLV_MODEL cdnow excel', make: () => {
    const { customers, dates, amounts, rows } = orderColumns(cdnowOrders(), (d) => d);
    return { rows, single: false, runs: 5, core: () => runKpi(CLV_MODEL, [customers, dates, amounts, CDNOW_AS_OF, 'weeks']) };
  } },
  { name: 'CLV_MODEL cdnow sheets', make: () => {
    const { customers, dates, amounts, rows } = orderColumns(cdnowOrders(), serialToLocalDate);
    return { rows, single: false, runs: 5, core: () => runKpi(CLV_MODEL, [customers, dates, amounts, serialToLocalDate(CDNOW_AS_OF), 'weeks']) };
  } },
  { name: 'CLV_MODEL 100k customers excel', make: () => {
    const { customers, dates, amounts, rows } = simulatedClvColumns((d) => d);
    return {
      rows, single: false, runs: 3, warmup: 1, core: () => runKpi(CLV_MODEL, [customers, dates, amounts]),
      note: `"CLV_MODEL 100k customers": ${CLV_CUSTOMERS.toLocaleString('en-US')} customers drawn from BG/NBD (r 2, α 60 days, a 1, b 9) and Gamma-Gamma (p 4, q 3, γ 50) over 565 days; both models fitted, in days.`,
    };
  } },
  { name: 'CLV_MODEL 100k customers sheets', make: () => {
    const { customers, dates, amounts, rows } = simulatedClvColumns(serialToLocalDate);
    return { rows, single: false, runs: 3, warmup: 1, core: () => runKpi(CLV_MODEL, [customers, dates, amounts]) };
  } },
  { name: 'CLV_FORECAST 100k customers excel', make: () => {
    const { customers, dates, amounts, rows } = simulatedClvColumns((d) => d);
    return { rows, single: false, runs: 3, warmup: 1, core: () => runKpi(CLV_FORECAST, [customers, dates, amounts, 365]) };
  } },
  { name: 'RFM excel', make: () => {
    const { customers, dates, amounts } = rfmColumns(null, (s) => s);
    return { rows: RFM_ORDERS, single: false, runs: 5, warmup: 2, core: () => runKpi(RFM, [customers, dates, amounts]) };
  } },
  { name: 'RFM sheets', make: () => {
    const { customers, dates, amounts } = rfmColumns('', serialToLocalDate);
    return { rows: RFM_ORDERS, single: false, runs: 5, warmup: 2, core: () => runKpi(RFM, [customers, dates, amounts]) };
  } },
];

// ---------------------------------------------------------------- main

function fmt(n: number | undefined, digits = 1): string {
  if (n === undefined || Number.isNaN(n)) return '-';
  const text = n.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text; // no "-0.0"
}

function main(): void {
  const started = performance.now();
  console.log(`Sales KPI core bench — node ${process.version}, TZ ${Intl.DateTimeFormat().resolvedOptions().timeZone}, ` +
    `gc ${gc ? 'exposed' : 'NOT exposed (run with --expose-gc)'}; warm-up ${WARMUP}, median of ${RUNS} (RFM: 2 and 5)\n`);
  const results: Row[] = [];
  const notes: string[] = [];
  const only = process.argv.slice(2).map((a) => a.toUpperCase());
  for (const { name, make } of CASES) {
    if (only.length && !only.some((o) => name.toUpperCase().includes(o))) continue;
    gc?.();
    const t0 = performance.now();
    const c: Case = { name, ...make() };
    const built = performance.now() - t0;
    if (c.note) notes.push(c.note);
    const row = runCase(c);
    results.push(row);
    process.stdout.write(`  ${row.name}: inputs ${(built / 1000).toFixed(1)} s, measured ${((performance.now() - t0 - built) / 1000).toFixed(1)} s\n`);
  }

  const header = ['case', 'rows', 'median ms', 'loop ms', 'ratio', 'heap MB', 'kept MB', 'loop = core'];
  const body = results.map((r) => [
    r.name, r.rows.toLocaleString('en-US'), fmt(r.coreMs, r.coreMs < 1 ? 3 : 1), fmt(r.loopMs, (r.loopMs ?? 1) < 1 ? 3 : 1),
    r.loopMs === undefined ? '-' : fmt(r.coreMs / r.loopMs, 2), fmt(r.heapMb), fmt(r.keptMb), r.error ? `ERROR ${r.error}` : r.check || '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));

  console.log('\nheap MB: heapUsed + arrayBuffers right after one warm call, minus a collected baseline (young garbage collected during');
  console.log('  the call is not counted); kept MB: heapUsed after another gc, with the result still referenced.');
  console.log('ratio: core median ÷ hand-loop median over the same host-shaped array. Date checks allow 1/24 day (the loop is DST-naive).');
  for (const n of notes) console.log(n);

  console.log('\nTargets');
  for (const r of results) {
    if (r.single && r.loopMs !== undefined) {
      const ratio = r.coreMs / r.loopMs;
      console.log(`  ${ratio <= 2 ? 'MET    ' : 'MISSED '} ${r.name}: ratio ${ratio.toFixed(2)} (target ≤ 2)`);
    }
    if (/^(RFM|BY_PERIOD|COHORT_RETENTION|MRR_MOVEMENTS)/.test(r.name)) {
      console.log(`  ${r.coreMs < 1000 ? 'MET    ' : 'MISSED '} ${r.name}: ${r.coreMs.toFixed(0)} ms (target < 1000 ms)`);
    }
    if (/^CLV_(MODEL|FORECAST) 100k/.test(r.name)) {
      console.log(`  ${r.coreMs < 2000 ? 'MET    ' : 'MISSED '} ${r.name}: ${r.coreMs.toFixed(0)} ms (target < 2000 ms)`);
    }
  }
  const bad = results.filter((r) => r.error || (r.check && !r.check.startsWith('ok')));
  if (bad.length) console.log(`\n${bad.length} case(s) where the loop and the core disagree or the core returned an error; see the table.`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * With no filter, each host's cases run in a process of their own: a real Excel runtime only ever
 * sees Excel's values (serial numbers, null blanks) and Apps Script only Sheets' (Date objects, ""),
 * and mixing both in one process would make the engine compile the shared readers for both.
 */
async function runPerHost(): Promise<void> {
  for (const host of ['excel', 'sheets']) {
    console.log(`\n=== ${host} values, in a process of their own`);
    spawnSync(process.execPath, [...process.execArgv, process.argv[1], host], { stdio: 'inherit' });
  }
  await benchWeb();
}

// Run only as a script, so that a profiling harness can import the input builders.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    if (process.argv[2] === 'web') await benchWeb();
    else if (process.argv.length > 2) main();
    else await runPerHost();
  } catch (error) {
    console.error('bench failed:', error);
  }
  process.exitCode = 0;
}
