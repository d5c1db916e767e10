// The Sheets wizard adapter end to end: the sidebar's client calls, google.script.run, and the server functions on a fake sheet.
import { describe, expect, it } from 'vitest';
import { loadAppsScript, type AppsScriptRuntime } from '../../scripts/host-runtimes/apps-script';
import { SheetsWizardHost, type ScriptRunner } from '../../sheets-addon/sidebar/wizard-host';
import { insertFormula } from '../../ui/wizard/insert';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { didarExport, hubspotExport } from '../helpers/crm-exports';
import { openedExport } from '../helpers/own-export';
import { evaluateBook } from '../ui/template/hyperformula-book';

/** A workbook in Tehran time whose Created column holds Date objects made in the Apps Script realm. */
function setUp(content?: Record<string, unknown[][]>): { sheets: AppsScriptRuntime; book: FakeSpreadsheet; host: SheetsWizardHost } {
  const sheets = loadAppsScript();
  // Midnight in Tehran on 5 March 2024 is 20:30 UTC the day before.
  const created = sheets.evaluate<Date>('new Date(Date.UTC(2024, 2, 4, 20, 30))');
  const book = new FakeSpreadsheet(content ?? {
    Deals: [['Status', 'Amount', 'Created'], ['Won', 1000, created], ['Lost', '', created], ['برنده', 3000, '1402/12/15']],
    Dashboard: [],
  });
  book.activeRange = book.sheets[0].getRange('B2:B4');
  const app = sheets.global.SpreadsheetApp as Record<string, unknown>;
  app.getActiveSpreadsheet = () => book;
  // google.script.run as HtmlService runs it: arguments and results cross as JSON, and a Date fails the call.
  const run = (handlers: { ok?: (v: unknown) => void; fail?: (e: Error) => void }): ScriptRunner => new Proxy({} as ScriptRunner, {
    get: (_, name: string) => {
      if (name === 'withSuccessHandler') return (ok: (v: unknown) => void) => run({ ...handlers, ok });
      if (name === 'withFailureHandler') return (fail: (e: Error) => void) => run({ ...handlers, fail });
      return (...args: unknown[]) => {
        try {
          const result = sheets.call(name, ...JSON.parse(JSON.stringify(args)));
          // Dates from the Apps Script realm: recognised by their tag, as instanceof differs across realms.
          const hasDate = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]'
            || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
          if (hasDate(result)) throw new Error('Date objects cannot be returned to the client');
          setTimeout(() => handlers.ok?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result))), 0);
        } catch (error) {
          setTimeout(() => handlers.fail?.(error as Error), 0);
        }
      };
    },
  });
  return { sheets, book, host: new SheetsWizardHost(run({})) };
}

describe('SheetsWizardHost through google.script.run', () => {
  it('reads the selection, its sheet and A1 address', async () => {
    const { host } = setUp();
    expect(await host.getSelection()).toEqual({ sheet: 'Deals', address: 'B2:B4', values: [[1000], [''], [3000]] });
  });

  it('cuts a whole-column selection to the rows with data, header included, so no formula gets B:B', async () => {
    const { host, book } = setUp();
    book.activeRange = book.sheets[0].getRange('B:B');
    expect(await host.getSelection()).toEqual({ sheet: 'Deals', address: 'B1:B4', values: [['Amount'], [1000], [''], [3000]] });
    book.activeRange = book.sheets[1].getRange('C:C');
    expect(await host.getSelection()).toEqual({ sheet: 'Dashboard', address: 'C1', values: [['']] });
  });

  it('reads a sheet used range with its header row, dates as ISO text on the spreadsheet clock', async () => {
    const { host } = setUp();
    const used = await host.getUsedRange('Deals');
    expect(used.address).toBe('A1:C4');
    expect(used.values).toEqual([['Status', 'Amount', 'Created'], ['Won', 1000, '2024-03-05'], ['Lost', '', '2024-03-05'], ['برنده', 3000, '1402/12/15']]);
  });

  it('reads a range and a cell with its formula', async () => {
    const { host, book } = setUp();
    expect((await host.readRange({ sheet: 'Deals', address: 'A2:A4' })).values).toEqual([['Won'], ['Lost'], ['برنده']]);
    book.sheets[1].formulas.set('B2', '=WIN_RATE(Deals!A2:A4)');
    expect(await host.getCell({ sheet: 'Dashboard', address: 'B2' })).toEqual({ formula: '=WIN_RATE(Deals!A2:A4)', value: '' });
  });

  it('writes a formula and its number format through setFormula and setNumberFormat', async () => {
    const { host, book } = setUp();
    await host.writeFormula({ sheet: 'Dashboard', address: 'B2' }, '=WIN_RATE(Deals!A2:A4)', '0.0%');
    expect(book.sheets[1].formulas.get('B2')).toBe('=WIN_RATE(Deals!A2:A4)');
    expect(book.sheets[1].formats.get('B2')).toBe('0.0%');
  });

  it('formats each column of a spilled table over its rows', async () => {
    const { host, book } = setUp();
    await host.writeFormula({ sheet: 'Dashboard', address: 'B2' }, '=BY_SOURCE(Deals!A2:A4)', undefined, { rows: 3, formats: [undefined, '0.00', '#,##0', '0.0%'] });
    expect(book.sheets[1].formulas.get('B2')).toBe('=BY_SOURCE(Deals!A2:A4)');
    expect([...book.sheets[1].formats.entries()]).toEqual([['C2:C4', '0.00'], ['D2:D4', '#,##0'], ['E2:E4', '0.0%']]);
  });

  it('creates a sheet with a unique name', async () => {
    const { host, book } = setUp();
    expect(await host.createSheet('dashboard')).toBe('dashboard (2)');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Deals', 'Dashboard', 'dashboard (2)']);
  });

  it('fails the call with the server message for a sheet that does not exist', async () => {
    const { host } = setUp();
    await expect(host.readRange({ sheet: 'Nope', address: 'A1' })).rejects.toThrow('There is no sheet named Nope');
  });

  it('asks before replacing a non-empty cell, and keeps it on a no', async () => {
    const { host, book } = setUp();
    const asked: string[] = [];
    expect(await insertFormula(host, { sheet: 'Deals', address: 'B2' }, '=NPS(C2:C9)', '0', async (existing) => { asked.push(existing); return false; })).toBe('kept');
    expect(asked).toEqual(['1000']);
    expect(book.sheets[0].formulas.size).toBe(0);
  });
});

describe.each([['HubSpot deals', hubspotExport], ['معاملات دیدار', didarExport]] as const)('the dashboard over the user\'s own sheet %s in Sheets', (sheetName, make) => {
  it('is planned in the sidebar, written by the server over the sheet\'s columns open-ended, and computes the deals\' own KPIs', async () => {
    const opened = await openedExport(make, sheetName);
    const { book, host } = setUp({ [sheetName]: opened.rows });
    const built = await host.buildDashboard(opened.own, opened.mapping, 'en');
    expect(built).toEqual({ dashboard: 'Dashboard', sheets: [sheetName] });
    expect(book.sheets.map((s) => s.name)).toEqual([sheetName, 'Dashboard']);
    const dashboard = book.sheets[1];
    const status = String.fromCharCode(65 + opened.crm.columns.status);
    // The user's sheet is read, never written; every formula reads its columns from row 2 down, however far.
    expect(book.sheets[0].formulas.size).toBe(0);
    expect(dashboard.formulas.get('B5')).toBe(`=WIN_RATE('${sheetName}'!${status}2:${status}, Status_Won, Status_Lost)`);
    expect([...book.namedRanges.keys()]).toEqual(['Status_Value', 'Status_Count', 'Status_Amount', 'Status_Outcome', 'Status_Won', 'Status_Lost']);
    // In HyperFormula, with each open-ended column as far as the data goes.
    const last = opened.rows.length;
    const bounded = (formula: string) => formula.replace(/('(?:[^']|'')+'!)([A-Z]+)2:([A-Z]+)(?![\d(])/g, (_, sheet: string, from: string, to: string) => `${sheet}${from}2:${to}${last}`);
    const evaluated = evaluateBook([
      { name: sheetName, cells: opened.rows, formulas: new Map() },
      { name: 'Dashboard', cells: dashboard.cells, formulas: new Map([...dashboard.formulas].map(([a1, f]) => [a1, bounded(f)])) },
    ], [...book.namedRanges].map(([name, range]) => ({ name, sheet: range.sheet.name, a1: range.getA1Notation() })));
    expect(evaluated.value('Dashboard', 4, 1) as number).toBeCloseTo(opened.expected.winRate, 12);
    expect(evaluated.value('Dashboard', 5, 1) as number).toBeCloseTo(opened.expected.avgDealSize, 6);
    expect(evaluated.value('Dashboard', 6, 1) as number).toBeCloseTo(opened.expected.salesCycle, 6);
  });
});
