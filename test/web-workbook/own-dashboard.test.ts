// The dashboard built from each CRM export opened in the browser workbook, on the real o-spreadsheet engine, against the deals themselves.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toJalaali } from 'jalaali-js';
import type { Engine } from '../../web-workbook/engine';
import { registerAll } from '../../web-workbook/custom-functions';
import { fileSheet, readFileValues } from '../../web-workbook/file-import';
import { WebWizardHost, type WebModel, type WorkbookHolder } from '../../web-workbook/wizard-host';
import type { WorkbookData } from '../../web-workbook/workbook-data';
import { ownSheetOf, proposeOwnFields, statusesOf, type OwnMapping } from '../../ui/template/own-data';
import { dashboardItems } from '../../ui/template/dashboard';
import { CRM_EXPORTS, expectedKpis, hubspotExport, type CrmExport, type Deal } from '../helpers/crm-exports';
import { openedExport } from '../helpers/own-export';

const require = createRequire(import.meta.url);
const oSpreadsheet = require('@odoo/o-spreadsheet/dist/o_spreadsheet.cjs') as Engine & { Model: new (data: WorkbookData) => WebModel };

/** The page's holder of the model: a replaced workbook is a new model over the new data, as the page makes one. */
class Holder implements WorkbookHolder {
  model: WebModel;
  constructor(data: WorkbookData) { this.model = new oSpreadsheet.Model(data); }
  async replace(build: (current: WorkbookData) => { data: WorkbookData; activeSheet?: string }): Promise<void> {
    this.model = new oSpreadsheet.Model(build(this.model.exportData()).data);
  }
}

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const EPOCH = Date.UTC(1899, 11, 30);
const monthOf = (serial: number, jalali: boolean) => {
  const date = new Date(EPOCH + Math.floor(serial) * 86_400_000);
  if (!jalali) return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  const j = toJalaali(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return `${j.jy}-${String(j.jm).padStart(2, '0')}`;
};

/** The won revenue per month from the first won deal's month to the last's, months without one included, as BY_PERIOD counts them. */
function wonByMonth(deals: readonly Deal[], jalali = false): [string, number, number][] {
  const won = deals.filter((d) => d.outcome === 'won');
  const months = new Map<string, { count: number; sum: number }>();
  for (const deal of won) {
    const row = months.get(monthOf(deal.close, jalali)) ?? { count: 0, sum: 0 };
    row.count++;
    row.sum += deal.amount;
    months.set(monthOf(deal.close, jalali), row);
  }
  const keys = [...months.keys()].sort();
  const out: [string, number, number][] = [];
  for (let key = keys[0]; key <= keys[keys.length - 1];) {
    const row = months.get(key) ?? { count: 0, sum: 0 };
    out.push([key, row.count, row.sum]);
    const [y, m] = key.split('-').map(Number);
    key = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return out;
}

interface Built {
  crm: CrmExport;
  holder: Holder;
  mapping: OwnMapping;
  proposed: ReturnType<typeof proposeOwnFields>;
  dashboard: string;
}

/** Opens the export as the page does, proposes the fields and statuses as the pane does, and builds the dashboard without a change. */
async function build(make: () => CrmExport, language: 'en' | 'fa' = 'en'): Promise<Built> {
  const crm = make();
  const file = await readFileValues(crm.fileName, buffer(crm.bytes));
  const { data } = fileSheet([], crm.fileName, file.tables[0].values);
  const holder = new Holder(data);
  const host = new WebWizardHost(holder);
  const own = ownSheetOf(await host.getUsedRange());
  const proposed = proposeOwnFields(own);
  const fields = Object.fromEntries([...proposed].map(([key, match]) => [key, match.col]));
  const mapping: OwnMapping = { fields, statuses: statusesOf(own, fields['deals.status']) };
  const { dashboard } = await host.buildDashboard(own, mapping, language);
  return { crm, holder, mapping, proposed, dashboard };
}

/** The evaluated value at the cell the formula of an item is in, and the block it spills, read from the engine. */
function itemValues(built: Built, key: string, rows = 1, cols = 1): unknown[][] {
  const { model } = built.holder;
  const sheetId = model.getters.getSheetIdByName(built.dashboard)!;
  const item = dashboardItems().find((i) => i.key === key)!;
  const prefix = `=${item.kpi}(`;
  const cell = model.getters.getCells(sheetId).find((c) => model.getters.getCellText(model.getters.getCellPosition(c.id), { showFormula: true }).startsWith(prefix));
  if (!cell) throw new Error(`No cell calls ${prefix}`);
  const at = model.getters.getCellPosition(cell.id);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => model.getters.getEvaluatedCell({ sheetId, col: at.col + c, row: at.row + r }).value));
}

beforeAll(() => {
  registerAll(oSpreadsheet, 'en');
  // The engine reports each model's loading times on the console.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});

/** Every scalar KPI cell of the dashboard: its label, and its value or the sentence in its place. */
function scalarCells(built: Built): Map<string, unknown> {
  const { model } = built.holder;
  const sheetId = model.getters.getSheetIdByName(built.dashboard)!;
  const out = new Map<string, unknown>();
  for (let row = 3; row < 30; row++) {
    const label = model.getters.getEvaluatedCell({ sheetId, col: 0, row }).value;
    const value = model.getters.getEvaluatedCell({ sheetId, col: 1, row }).value;
    if (typeof label === 'string' && label.startsWith('Not in the data:')) out.set(label, '');
    else if (typeof label === 'string' && label !== '' && value !== null && value !== '') out.set(label, value);
  }
  return out;
}

describe('the dashboard built from an opened CRM export, with every proposal as it comes', () => {
  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: the deal fields are the right columns, and every deal KPI equals the deals\' own', async (_vendor, make) => {
    const built = await build(make);
    const { crm, proposed } = built;
    const c = crm.columns;
    expect(proposed.get('deals.status')?.col).toBe(c.status);
    expect(proposed.get('deals.amount')?.col).toBe(c.amount);
    expect(proposed.get('deals.created')?.col).toBe(c.created);
    expect(proposed.get('deals.closed')?.col).toBe(c.close);
    expect(proposed.get('deals.source')?.col).toBe(c.source);
    // A deals export is no orders, leads or survey file: those fields are left for the user to choose.
    expect([...proposed.keys()].filter((key) => !key.startsWith('deals.'))).toEqual([]);

    const expected = {
      winRate: crm.deals.filter((d) => d.outcome === 'won').length / crm.deals.filter((d) => d.outcome !== 'open').length,
      avgDealSize: mean(crm.deals.filter((d) => d.outcome === 'won').map((d) => d.amount)),
      salesCycle: mean(crm.deals.filter((d) => d.outcome !== 'open').map((d) => d.close - d.created)),
    };
    expect(itemValues(built, 'winRate')[0][0]).toBeCloseTo(expected.winRate, 12);
    expect(itemValues(built, 'avgDealSize')[0][0]).toBeCloseTo(expected.avgDealSize, 6);
    expect(itemValues(built, 'salesCycle')[0][0]).toBeCloseTo(expected.salesCycle, 6);

    // Revenue per rep and repeat deals, where the export has an owner or an account column: from that column's own cells.
    const opened = await openedExport(make, 'S');
    const cellsOf = (key: string) => opened.own.columns.find((c) => c.col === proposed.get(key)?.col)?.cells.filter((cell) => cell !== null && cell !== '');
    const wonSum = crm.deals.filter((d) => d.outcome === 'won').reduce((sum, d) => sum + d.amount, 0);
    const owners = cellsOf('deals.owner');
    if (owners) expect(itemValues(built, 'revenuePerRep')[0][0] as number).toBeCloseTo(wonSum / new Set(owners).size, 6);
    const accounts = cellsOf('deals.account');
    if (accounts) expect(itemValues(built, 'repeatDeals')[0][0] as number).toBeCloseTo((accounts.length - new Set(accounts).size) / new Set(accounts).size, 12);
    expect([Boolean(owners), Boolean(accounts)]).not.toEqual([false, false]);

    const months = wonByMonth(crm.deals);
    const byMonth = itemValues(built, 'wonRevenueByMonth', months.length + 1, 3);
    expect(byMonth.slice(0, months.length).map(([label, count]) => [label, count])).toEqual(months.map(([label, count]) => [label, count]));
    byMonth.slice(0, months.length).forEach((row, i) => expect(row[2] as number).toBeCloseTo(months[i][2], 6));
    expect(byMonth[months.length][0] ?? '').toBe('');
  });

  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: deal value by source is the deals\' own, and what the export lacks is a sentence, never an error', async (_vendor, make) => {
    const built = await build(make);
    const expected = expectedKpis(built.crm.deals).bySource;
    const table = itemValues(built, 'valueBySource', expected.length, 4);
    expect(table.map(([source, count]) => [source, count])).toEqual(expected.map(([source, count]) => [source, count]));
    table.forEach((row, i) => {
      expect(row[2] as number).toBeCloseTo(expected[i][2] as number, 6);
      expect(row[3] as number).toBeCloseTo(expected[i][3] as number, 12);
    });
    const cells = scalarCells(built);
    for (const label of ['Profit margin (won deals)', 'Customer acquisition cost (spend per won deal)', 'Net Promoter Score (NPS)']) expect(cells.get(label), label).toBe('—');
    for (const [label, value] of cells) expect(String(value), label).not.toMatch(/^#/);
    // Under each section, one sentence for what its KPIs lack.
    const sentences = [...cells.keys()].filter((label) => label.startsWith('Not in the data:'));
    expect(sentences).toContain('Not in the data: NPS score, CSAT rating.');
    expect(sentences.find((s) => s.includes('Deal cost'))).toMatch(/^Not in the data: Deal cost, (.+, )?Marketing and sales spend\.$/);
  });

  it('reads every row of the sheet, rows added below it too', async () => {
    const built = await build(hubspotExport);
    const { model } = built.holder;
    const deals = model.getters.getSheetIdByName(model.getters.getSheetName(model.getters.getSheetIds()[0]))!;
    const before = itemValues(built, 'winRate')[0][0] as number;
    const last = model.getters.getNumberRows(deals);
    // Two won deals pasted past the sheet's last row: the sheet grows, the open-ended names take them.
    model.dispatch('ADD_COLUMNS_ROWS', { sheetId: deals, sheetName: model.getters.getSheetName(deals), dimension: 'ROW', base: last - 1, quantity: 5, position: 'after' });
    for (const row of [last + 1, last + 3]) model.dispatch('UPDATE_CELL', { sheetId: deals, col: built.crm.columns.status, row, content: 'Closed won' });
    const won = built.crm.deals.filter((d) => d.outcome === 'won').length;
    const closed = built.crm.deals.filter((d) => d.outcome !== 'open').length;
    expect(before).toBeCloseTo(won / closed, 12);
    expect(itemValues(built, 'winRate')[0][0]).toBeCloseTo((won + 2) / (closed + 2), 12);
  });

  it('counts a status as the status block says: changing what it counts as changes every KPI that reads it', async () => {
    const built = await build(hubspotExport);
    const { model } = built.holder;
    const sheetId = model.getters.getSheetIdByName(built.dashboard)!;
    const outcomeCell = model.getters.getCells(sheetId).map((c) => model.getters.getCellPosition(c.id))
      .find((p) => model.getters.getEvaluatedCell(p).value === 'won' && model.getters.getEvaluatedCell({ ...p, col: 0 }).value === 'Closed won')!;
    expect(outcomeCell).toBeDefined();
    // Say the contracts sent count as won too.
    const sent = model.getters.getCells(sheetId).map((c) => model.getters.getCellPosition(c.id))
      .find((p) => p.col === outcomeCell.col && model.getters.getEvaluatedCell({ ...p, col: 0 }).value === 'Contract sent')!;
    model.dispatch('UPDATE_CELL', { sheetId, col: sent.col, row: sent.row, content: 'won' });
    const won = built.crm.deals.filter((d) => d.outcome === 'won' || d.stage === 'Contract sent');
    const lost = built.crm.deals.filter((d) => d.outcome === 'lost');
    expect(itemValues(built, 'winRate')[0][0]).toBeCloseTo(won.length / (won.length + lost.length), 12);
    expect(itemValues(built, 'avgDealSize')[0][0]).toBeCloseTo(mean(won.map((d) => d.amount)), 6);
  });
});
