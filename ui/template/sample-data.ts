// Seeded, deterministic CRM-export sample data (Deals, Leads, Orders, Survey, Spend) for the dashboard template.
import { betaDraw, gammaDraw } from './gamma-draw';

export type DataSheetKey = 'deals' | 'leads' | 'orders' | 'survey' | 'spend';

/** What a column holds, so a builder can give it a format: dates are ISO text, `datetime` with the time. */
export type DataColumnKind = 'id' | 'text' | 'number' | 'date' | 'datetime' | 'month';

export interface DataColumn {
  /** Stable across languages and releases; formulas refer to columns by it. */
  readonly key: string;
  /** The header text on the sheet (English, as a CRM export writes it). */
  readonly header: string;
  readonly kind: DataColumnKind;
}

export interface DataSheet {
  readonly key: DataSheetKey;
  /** The sheet (and, in Excel, table) name: English in every language, so formulas and names stay stable. */
  readonly name: string;
  readonly columns: readonly DataColumn[];
}

export type SampleCell = string | number | null;

export interface SampleTable {
  readonly headers: string[];
  readonly rows: SampleCell[][];
}

export const DATA_SHEETS: readonly DataSheet[] = [
  {
    key: 'deals',
    name: 'Deals',
    columns: [
      { key: 'id', header: 'Id', kind: 'id' },
      { key: 'account', header: 'Account', kind: 'text' },
      { key: 'source', header: 'Source', kind: 'text' },
      { key: 'owner', header: 'Owner', kind: 'text' },
      { key: 'status', header: 'Status', kind: 'text' },
      { key: 'amount', header: 'Amount', kind: 'number' },
      { key: 'cost', header: 'Cost', kind: 'number' },
      { key: 'created', header: 'Created', kind: 'date' },
      { key: 'closed', header: 'Closed', kind: 'date' },
    ],
  },
  {
    key: 'leads',
    name: 'Leads',
    columns: [
      { key: 'id', header: 'Id', kind: 'id' },
      { key: 'source', header: 'Source', kind: 'text' },
      { key: 'received', header: 'Received', kind: 'datetime' },
      { key: 'firstResponse', header: 'First response', kind: 'datetime' },
      { key: 'stage', header: 'Stage', kind: 'text' },
    ],
  },
  {
    key: 'orders',
    name: 'Orders',
    columns: [
      { key: 'customer', header: 'Customer', kind: 'text' },
      { key: 'date', header: 'Date', kind: 'date' },
      { key: 'amount', header: 'Amount', kind: 'number' },
    ],
  },
  {
    key: 'survey',
    name: 'Survey',
    columns: [
      { key: 'npsScore', header: 'NPS score', kind: 'number' },
      { key: 'csatRating', header: 'CSAT rating', kind: 'number' },
    ],
  },
  {
    key: 'spend',
    name: 'Spend',
    columns: [
      { key: 'month', header: 'Month', kind: 'month' },
      { key: 'category', header: 'Category', kind: 'text' },
      { key: 'amount', header: 'Amount', kind: 'number' },
    ],
  },
];

export function dataSheet(key: DataSheetKey): DataSheet {
  return DATA_SHEETS.find((s) => s.key === key)!;
}

/** A column's position in its sheet; throws for a key the sheet does not have (a typo in a template). */
export function columnIndex(sheet: DataSheetKey, column: string): number {
  const index = dataSheet(sheet).columns.findIndex((c) => c.key === column);
  if (index < 0) throw new Error(`The ${dataSheet(sheet).name} sheet has no column "${column}"`);
  return index;
}

/** The Sheets named range (and Excel defined name) for a column: `Deals_Status`, `Leads_FirstResponse`. */
export function columnRangeName(sheet: DataSheetKey, column: string): string {
  const key = dataSheet(sheet).columns[columnIndex(sheet, column)].key;
  return `${dataSheet(sheet).name}_${key[0].toUpperCase()}${key.slice(1)}`;
}

/** The Excel structured reference for a column of the sheet's table: `Deals[Status]`, `Leads[First response]`. */
export function structuredReference(sheet: DataSheetKey, column: string, tableName = dataSheet(sheet).name): string {
  const header = dataSheet(sheet).columns[columnIndex(sheet, column)].header;
  // Inside [ ], the characters [ ] # ' are escaped with ' (none of the template's headers has one).
  return `${tableName}[${header.replace(/['#[\]]/g, "'$&")}]`;
}

/** One column of a sample table as rows of one cell, the shape a host passes a column range in. */
export function sampleColumn(data: Record<DataSheetKey, SampleTable>, sheet: DataSheetKey, column: string): SampleCell[][] {
  const index = columnIndex(sheet, column);
  return data[sheet].rows.map((row) => [row[index]]);
}

/** The first and last day of the sample: 18 whole months, fixed so that a seed always gives the same workbook. */
export const SAMPLE_PERIOD = { from: '2025-05-01', to: '2026-10-31' } as const;

// ---------------------------------------------------------------- randomness

/** mulberry32: a tiny 32-bit PRNG; the same seed gives the same sequence on every JavaScript engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  /** A right-skewed value in [lo, hi]: most near lo, a long tail up to hi (products only, no Math.log). */
  skewed(lo: number, hi: number, power?: number): number;
}

function random(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    chance: (p) => next() < p,
    skewed: (lo, hi, power = 3) => {
      let u = next();
      let v = u;
      for (let i = 1; i < power; i++) v *= u;
      return lo + (hi - lo) * v;
    },
  };
}

// ---------------------------------------------------------------- dates

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const pad = (n: number): string => String(n).padStart(2, '0');
/** A minute count since the epoch as 'YYYY-MM-DD HH:MM'. */
const isoMinute = (minutes: number): string => `${isoDay(Math.floor(minutes / 1440))} ${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}`;

const FIRST_DAY = dayOf(SAMPLE_PERIOD.from);
const LAST_DAY = dayOf(SAMPLE_PERIOD.to);
const PERIOD_DAYS = LAST_DAY - FIRST_DAY + 1;

/** A day in the period, later days a little likelier (a growing business). */
function dayInPeriod(rnd: Random): number {
  const u = Math.max(rnd.next(), rnd.next() * 0.9);
  return FIRST_DAY + Math.min(PERIOD_DAYS - 1, Math.floor(u * PERIOD_DAYS));
}

// ---------------------------------------------------------------- names

const NAME_STEMS = [
  'Acme', 'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell',
  'Aegean', 'Parsian', 'Olympus', 'Zagros', 'Alborz', 'Delphi', 'Caspian', 'Ionian', 'Kavir', 'Pindus',
];
const NAME_ENDINGS = ['Trading', 'Systems', 'Logistics', 'Foods', 'Health', 'Energy', 'Media', 'Textiles', 'Labs', 'Group'];
const OWNERS = ['Sara Ahmadi', 'Nikos Papadopoulos', 'Emma Clarke', 'Reza Karimi', 'Maria Georgiou', 'James Miller'];
/** Sources with their weight among deals and how much likelier (×) a deal from them is to be won. */
const SOURCES: readonly (readonly [string, number, number])[] = [
  ['web', 34, 1.0], ['email', 18, 0.9], ['referral', 16, 1.6], ['social', 20, 0.7], ['event', 12, 1.2],
];
export const LEAD_STAGES = ['MQL', 'SQL', 'Opportunity', 'Customer'] as const;
const SPEND_CATEGORIES: readonly (readonly [string, number, number])[] = [
  ['Ads', 6000, 14000], ['Salaries', 18000, 22000], ['Commissions', 3000, 9000], ['Content', 1500, 4000], ['Tools', 800, 1200],
];

/** `count` distinct company names, shuffled by `rnd`. */
function companyNames(rnd: Random, count: number): string[] {
  const all = NAME_STEMS.flatMap((stem) => NAME_ENDINGS.map((ending) => `${stem} ${ending}`));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count);
}

const round = (value: number, step: number): number => Math.round(value / step) * step;

// ---------------------------------------------------------------- sheets

function deals(rnd: Random): SampleCell[][] {
  const accounts = companyNames(rnd, 80);
  // A few big accounts bring many deals, most bring one or two: REPEAT_DEALS has something to show.
  const accountWeights = accounts.map((a, i) => [a, i < 12 ? 4 : i < 40 ? 1.5 : 1] as const);
  const rows: SampleCell[][] = [];
  for (let i = 0; i < 500; i++) {
    const created = dayInPeriod(rnd);
    const [source, , winBoost] = rnd.weighted(SOURCES.map((s) => [s, s[1]] as const));
    const cycle = Math.round(rnd.skewed(5, 150, 2));
    let status: 'Won' | 'Lost' | 'Open';
    let closed: number | null = created + cycle;
    if (closed > LAST_DAY || rnd.chance(0.06)) {
      status = 'Open';
      closed = null;
    } else {
      status = rnd.chance(Math.min(0.9, 0.36 * winBoost)) ? 'Won' : 'Lost';
    }
    const amount = round(rnd.skewed(2500, 90000, 3), 50);
    const cost = round(amount * (0.4 + rnd.next() * 0.35), 10);
    rows.push([
      `D-${String(i + 1).padStart(4, '0')}`, rnd.weighted(accountWeights), source, rnd.pick(OWNERS), status,
      amount, cost, isoDay(created), closed === null ? null : isoDay(closed),
    ]);
  }
  return rows;
}

function leads(rnd: Random): SampleCell[][] {
  const rows: SampleCell[][] = [];
  for (let i = 0; i < 1200; i++) {
    const day = dayInPeriod(rnd);
    // Most leads arrive in office hours, some in the evening.
    const minuteOfDay = rnd.chance(0.85) ? rnd.int(8 * 60, 18 * 60 - 1) : rnd.int(18 * 60, 23 * 60 + 59);
    const received = day * 1440 + minuteOfDay;
    // Recent leads are likelier still to wait; response delays are skewed: minutes to a few days.
    const waiting = day > LAST_DAY - 3 ? rnd.chance(0.5) : rnd.chance(0.07);
    const delay = received + Math.max(5, Math.round(rnd.skewed(5, 72 * 60, 3)));
    // A response after the last day of the sample has not happened yet.
    const responded = waiting || delay > (LAST_DAY + 1) * 1440 - 1 ? null : delay;
    const stage = rnd.weighted([['MQL', 55], ['SQL', 24], ['Opportunity', 13], ['Customer', 8]] as const);
    rows.push([
      `L-${String(i + 1).padStart(5, '0')}`, rnd.weighted(SOURCES.map((s) => [s[0], s[1]] as const)),
      // A lead nobody has answered yet is still an MQL.
      isoMinute(received), responded === null ? null : isoMinute(responded), responded === null ? 'MQL' : stage,
    ]);
  }
  return rows;
}

/**
 * Orders as the BG/NBD and Gamma-Gamma models describe buying, so the customer value forecasts have
 * something real to fit: 150 customers whose first orders spread over the first 85% of the period (a
 * spread of ages), each buying at their own rate (Gamma, about one order in three weeks on average), leaving
 * after a repeat order with their own probability (Beta, about 1 in 9), and spending their own typical
 * amount (Gamma-Gamma, about 500 an order).
 */
function orders(rnd: Random): SampleCell[][] {
  const rows: SampleCell[][] = [];
  const uniform = () => rnd.next();
  for (const name of companyNames(rnd, 150)) {
    const perDay = gammaDraw(uniform, 1.5) / 30;
    const leaving = betaDraw(uniform, 1, 8);
    const scale = 1500 / gammaDraw(uniform, 4);
    let day = FIRST_DAY + rnd.next() * PERIOD_DAYS * 0.85;
    for (let purchase = 0; day <= LAST_DAY; purchase++) {
      rows.push([name, isoDay(Math.floor(day)), Math.max(5, round(gammaDraw(uniform, 3) * scale / 3, 5))]);
      if (purchase > 0 && rnd.chance(leaving)) break;
      day += -Math.log(1 - rnd.next()) / perDay;
    }
  }
  return rows;
}

function survey(rnd: Random): SampleCell[][] {
  const rows: SampleCell[][] = [];
  for (let i = 0; i < 300; i++) {
    const mood = rnd.next();
    const nps = mood < 0.2 ? rnd.int(0, 6) : mood < 0.5 ? rnd.int(7, 8) : rnd.int(9, 10);
    const csat = mood < 0.2 ? rnd.int(1, 3) : mood < 0.5 ? rnd.int(3, 4) : rnd.int(4, 5);
    // Some respondents skip a question.
    rows.push([rnd.chance(0.05) ? null : nps, rnd.chance(0.08) ? null : csat]);
  }
  return rows;
}

function spend(rnd: Random): SampleCell[][] {
  const rows: SampleCell[][] = [];
  const first = new Date(FIRST_DAY * MS_PER_DAY);
  for (let m = 0; m < 18; m++) {
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1)).toISOString().slice(0, 7);
    for (const [category, lo, hi] of SPEND_CATEGORIES) rows.push([month, category, round(lo + rnd.next() * (hi - lo), 10)]);
  }
  return rows;
}

/**
 * The template's sample workbook for `seed`: the same seed always gives the same values. Dates are ISO
 * text ('YYYY-MM-DD', leads 'YYYY-MM-DD HH:MM', spend months 'YYYY-MM'); blanks are null.
 */
export function sampleData(seed = 1): Record<DataSheetKey, SampleTable> {
  // Each sheet draws from its own stream, so changing one sheet's generator leaves the others as they were.
  const stream = (n: number) => random((Math.imul(seed >>> 0, 0x9e3779b1) + n * 0x85ebca6b) >>> 0);
  const build = (key: DataSheetKey, rows: SampleCell[][]): SampleTable => ({ headers: dataSheet(key).columns.map((c) => c.header), rows });
  return {
    deals: build('deals', deals(stream(1))),
    leads: build('leads', leads(stream(2))),
    orders: build('orders', orders(stream(3))),
    survey: build('survey', survey(stream(4))),
    spend: build('spend', spend(stream(5))),
  };
}
