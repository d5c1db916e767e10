// The template's sample data: deterministic per seed, sized and shaped like CRM exports, every value of the right kind.
import { describe, expect, it } from 'vitest';
import { findKpi, isKpiError, runKpi } from '../../../core';
import {
  columnIndex, columnRangeName, DATA_SHEETS, LEAD_STAGES, mulberry32, SAMPLE_PERIOD, sampleColumn, sampleData,
  structuredReference, type DataSheetKey, type SampleCell,
} from '../../../ui/template/sample-data';

const data = sampleData(1);
const column = (sheet: DataSheetKey, key: string): SampleCell[] => sampleColumn(data, sheet, key).map((row) => row[0]);
const count = <T>(values: readonly T[], wanted: T) => values.filter((v) => v === wanted).length;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

describe('sampleData', () => {
  it('is the same for the same seed and different for another', () => {
    expect(sampleData(1)).toEqual(data);
    expect(sampleData()).toEqual(data);
    const other = sampleData(2);
    for (const sheet of DATA_SHEETS) expect(other[sheet.key].rows, sheet.key).not.toEqual(data[sheet.key].rows);
  });

  it('uses mulberry32, not Math.random', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
    const original = Math.random;
    Math.random = () => { throw new Error('Math.random called'); };
    try {
      expect(sampleData(7).deals.rows).toHaveLength(500);
    } finally {
      Math.random = original;
    }
  });

  it('has every sheet with its headers and about the asked sizes', () => {
    for (const sheet of DATA_SHEETS) {
      expect(data[sheet.key].headers).toEqual(sheet.columns.map((c) => c.header));
      for (const row of data[sheet.key].rows) expect(row).toHaveLength(sheet.columns.length);
    }
    expect(DATA_SHEETS.map((s) => s.name)).toEqual(['Deals', 'Leads', 'Orders', 'Survey', 'Spend']);
    expect(data.deals.rows).toHaveLength(500);
    // Orders follow BG/NBD buying, so their number varies with the seed: about 1,200.
    expect(data.orders.rows.length).toBeGreaterThan(1000);
    expect(data.orders.rows.length).toBeLessThan(2000);
    expect(data.survey.rows).toHaveLength(300);
    expect(data.leads.rows.length).toBeGreaterThanOrEqual(500);
    expect(data.spend.rows).toHaveLength(18 * 5);
    expect(new Set(column('deals', 'account')).size).toBe(80);
    expect(new Set(column('deals', 'owner')).size).toBe(6);
    expect(new Set(column('deals', 'source'))).toEqual(new Set(['web', 'email', 'referral', 'social', 'event']));
    expect(new Set(column('orders', 'customer')).size).toBe(150);
    expect(new Set(column('deals', 'id')).size).toBe(500);
    expect(new Set(column('leads', 'id')).size).toBe(data.leads.rows.length);
  });

  it('gives every value the type of its column', () => {
    for (const sheet of DATA_SHEETS) {
      sheet.columns.forEach((col, c) => {
        for (const row of data[sheet.key].rows) {
          const value = row[c];
          const where = `${sheet.name}.${col.key} = ${JSON.stringify(value)}`;
          if (value === null) {
            expect(['deals.closed', 'leads.firstResponse', 'survey.npsScore', 'survey.csatRating'], where).toContain(`${sheet.key}.${col.key}`);
            continue;
          }
          switch (col.kind) {
            case 'number': expect(typeof value === 'number' && Number.isFinite(value), where).toBe(true); break;
            case 'date': expect(value, where).toMatch(DATE); break;
            case 'datetime': expect(value, where).toMatch(DATETIME); break;
            case 'month': expect(value, where).toMatch(MONTH); break;
            default: expect(typeof value === 'string' && value.trim() !== '', where).toBe(true);
          }
        }
      });
    }
    for (const amount of [...column('deals', 'amount'), ...column('deals', 'cost'), ...column('orders', 'amount'), ...column('spend', 'amount')]) {
      expect(amount as number).toBeGreaterThan(0);
    }
  });

  it('keeps dates in the 18 months, closes never before creation, and leaves only open deals unclosed', () => {
    const inPeriod = (iso: string) => iso.slice(0, 10) >= SAMPLE_PERIOD.from && iso.slice(0, 10) <= SAMPLE_PERIOD.to;
    const status = columnIndex('deals', 'status');
    const created = columnIndex('deals', 'created');
    const closed = columnIndex('deals', 'closed');
    for (const row of data.deals.rows) {
      expect(inPeriod(row[created] as string)).toBe(true);
      if (row[status] === 'Open') {
        expect(row[closed]).toBeNull();
      } else {
        expect(row[closed]).not.toBeNull();
        expect(inPeriod(row[closed] as string)).toBe(true);
        expect((row[closed] as string) >= (row[created] as string), `${row[0]}`).toBe(true);
      }
    }
    const received = columnIndex('leads', 'received');
    const responded = columnIndex('leads', 'firstResponse');
    for (const row of data.leads.rows) {
      expect(inPeriod(row[received] as string)).toBe(true);
      if (row[responded] !== null) expect((row[responded] as string) > (row[received] as string), `${row[0]}`).toBe(true);
      else expect(row[columnIndex('leads', 'stage')], `${row[0]} has no response yet`).toBe('MQL');
    }
    for (const date of column('orders', 'date')) expect(inPeriod(date as string)).toBe(true);
    expect(new Set(column('spend', 'month')).size).toBe(18);
  });

  it('has plausible proportions', () => {
    const statuses = column('deals', 'status');
    expect(new Set(statuses)).toEqual(new Set(['Won', 'Lost', 'Open']));
    const won = count(statuses, 'Won');
    const lost = count(statuses, 'Lost');
    const open = count(statuses, 'Open');
    expect(won / (won + lost)).toBeGreaterThan(0.2);
    expect(won / (won + lost)).toBeLessThan(0.5);
    expect(open / 500).toBeGreaterThan(0.05);
    expect(open / 500).toBeLessThan(0.3);
    // Accounts repeat, some more than others.
    const perAccount = new Map<SampleCell, number>();
    for (const a of column('deals', 'account')) perAccount.set(a, (perAccount.get(a) ?? 0) + 1);
    expect(Math.max(...perAccount.values())).toBeGreaterThan(2 * Math.min(...perAccount.values()));

    const stages = column('leads', 'stage');
    expect(new Set(stages)).toEqual(new Set(LEAD_STAGES));
    // A funnel narrows: fewer leads at each later stage.
    const perStage = LEAD_STAGES.map((s) => count(stages, s));
    for (let i = 1; i < perStage.length; i++) expect(perStage[i]).toBeLessThan(perStage[i - 1]);
    const unanswered = count(column('leads', 'firstResponse'), null);
    expect(unanswered).toBeGreaterThan(0);
    expect(unanswered / stages.length).toBeLessThan(0.2);

    const scores = column('survey', 'npsScore').filter((s): s is number => s !== null);
    const ratings = column('survey', 'csatRating').filter((s): s is number => s !== null);
    expect(scores.length).toBeLessThan(300);
    expect(ratings.length).toBeLessThan(300);
    for (const s of scores) expect(Number.isInteger(s) && s >= 0 && s <= 10).toBe(true);
    for (const r of ratings) expect(Number.isInteger(r) && r >= 1 && r <= 5).toBe(true);
    expect(scores.filter((s) => s >= 9).length).toBeGreaterThan(scores.filter((s) => s <= 6).length);
    expect(scores.filter((s) => s <= 6).length).toBeGreaterThan(0);
  });
});

describe('column names', () => {
  it('gives named ranges and structured references from the stable keys', () => {
    expect(columnRangeName('deals', 'status')).toBe('Deals_Status');
    expect(columnRangeName('leads', 'firstResponse')).toBe('Leads_FirstResponse');
    expect(columnRangeName('survey', 'npsScore')).toBe('Survey_NpsScore');
    expect(structuredReference('deals', 'status')).toBe('Deals[Status]');
    expect(structuredReference('leads', 'firstResponse')).toBe('Leads[First response]');
    expect(structuredReference('deals', 'amount', 'Deals2')).toBe('Deals2[Amount]');
    expect(() => columnRangeName('deals', 'stage')).toThrow(/Deals sheet has no column "stage"/);
  });

  it('gives every column a distinct name that no host reads as a cell address', () => {
    const names = DATA_SHEETS.flatMap((s) => s.columns.map((c) => columnRangeName(s.key, c.key)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]+_[A-Z][A-Za-z]*$/);
  });
});

describe('the sample orders', () => {
  it('are rich enough for the customer value models: repeat buyers, a spread of ages, an interior optimum', () => {
    const data = sampleData(1);
    const args = [sampleColumn(data, 'orders', 'customer'), sampleColumn(data, 'orders', 'date'), sampleColumn(data, 'orders', 'amount')];
    const model = runKpi(findKpi('CLV_MODEL')!, args) as (string | number)[][];
    expect(Array.isArray(model), isKpiError(model) ? model.message : '').toBe(true);
    const value = Object.fromEntries(model) as Record<string, number>;
    expect(value['repeat customers']).toBeGreaterThan(100);
    // Drawn with r 1.5, α 30 days, a 1, b 8; p 3, q 4: the fit lands near them.
    expect(value.r).toBeGreaterThan(0.5);
    expect(value.r).toBeLessThan(5);
    expect(value.a / (value.a + value.b)).toBeGreaterThan(0.05);
    expect(value.a / (value.a + value.b)).toBeLessThan(0.25);
    expect(value.q).toBeGreaterThan(1);
    const forecast = runKpi(findKpi('PURCHASE_FORECAST')!, [args[0], args[1], 365]) as (string | number)[][];
    const ages = forecast.map((row) => row[3] as number);
    expect(Math.min(...ages)).toBeLessThan(120);
    expect(Math.max(...ages)).toBeGreaterThan(400);
  });
});
