// The browser workbook in Chromium, on the real o-spreadsheet engine: dashboard, values, errors, spills, files, saving, export.
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKpi, runKpi, type KpiError } from '../../core';
import { render } from '../../core/messages/render';
import { kpiText } from '../../core/translations';
import { planDashboard, sampleTableSizes } from '../../ui/template/layout';
import { sampleColumn, sampleData } from '../../ui/template/sample-data';
import { RANK_BLOCKS } from '../../ui/template/dashboard';
import { templateNames } from '../../ui/template/template-names';
import { ROOT, SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';
import { expectDashboardToMatchCore } from '../ui/template/direct-results';

const served = useServedChromium('dist/web');
const data = sampleData(1);

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
}

/** The workbook page in a fresh browser profile (empty storage) in `locale`, once the engine has evaluated. */
async function open(browser: Browser, locale = 'en-US', context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? await browser.newContext({ locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const { problems, requests } = watchPage(page);
  await page.goto(`${served.origin}/index.html`);
  await page.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined && document.querySelector('.o-grid') !== null);
  return { context: ctx, page, problems, requests };
}

/** The evaluated values of a sheet's block, 0-based, read from the engine. */
function sheetValues(page: Page, sheet: string, rows: number, cols: number): Promise<unknown[][]> {
  return page.evaluate(({ sheet, rows, cols }) => {
    const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown> } } } }).salesKpi.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    const out: unknown[][] = [];
    for (let row = 0; row < rows; row++) {
      const line: unknown[] = [];
      for (let col = 0; col < cols; col++) line.push((model.getters.getEvaluatedCell({ sheetId, col, row }) as { value: unknown }).value);
      out.push(line);
    }
    return out;
  }, { sheet, rows, cols });
}

/** Types into cells through the engine's commands, one per cell, as a user's edits arrive. */
function setCells(page: Page, sheet: string, cells: Record<string, string>): Promise<void> {
  return page.evaluate(({ sheet, cells }) => {
    const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown>; dispatch: (t: string, p: unknown) => unknown } } } }).salesKpi.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    for (const [xc, content] of Object.entries(cells)) {
      const col = xc.charCodeAt(0) - 65;
      const row = Number(xc.slice(1)) - 1;
      model.dispatch('UPDATE_CELL', { sheetId, col, row, content });
    }
  }, { sheet, cells });
}

function evaluated(page: Page, sheet: string, xc: string): Promise<{ value: unknown; message?: string }> {
  return page.evaluate(({ sheet, xc }) => {
    const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown> } } } }).salesKpi.workbook.model;
    const cell = model.getters.getEvaluatedCell({ sheetId: model.getters.getSheetIdByName(sheet), col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1 }) as { value: unknown; message?: string };
    return { value: cell.value, message: cell.message };
  }, { sheet, xc });
}

describe('the browser workbook on o-spreadsheet', () => {
  let opened: Opened;
  beforeAll(async () => { opened = await open(served.browser); }, 60_000);
  afterAll(async () => { await opened?.context.close(); });

  it('opens on the sample dashboard, and every KPI and table on it is the core\'s number on the sample data', async () => {
    const { page } = opened;
    const names = templateNames(1, 'en');
    const plan = planDashboard({ host: 'sheets', language: 'en', names, refStyle: names.columnRange, tableSizes: sampleTableSizes(data, 'en') });
    const rows = Math.max(...plan.spills.map((s) => s.row + s.sampleRows)) + 1;
    const cols = Math.max(...plan.cells.map((c) => c.col), ...plan.spills.map((s) => s.col + s.cols)) + 1;
    const values = await sheetValues(page, 'Dashboard', rows, cols);
    expectDashboardToMatchCore(plan, 'sheets', data, (row, col) => values[row][col]);
    expect(await page.evaluate(() => document.querySelectorAll('.o-figure').length)).toBe(5);
    await page.screenshot({ path: join(SCREENSHOTS, 'web-dashboard-en.png') });
    // The README's picture of what `npm start` opens.
    await page.screenshot({ path: join(ROOT, 'docs/browser-workbook.png') });
  }, 60_000);

  it('skips a blank among the numbers and counts a 0', async () => {
    const { page } = opened;
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, () => unknown> } } } }).salesKpi.workbook.model;
      model.dispatch('CREATE_SHEET', { sheetId: 'checks', position: 0, name: 'Checks' });
    });
    await setCells(page, 'Checks', { A1: '10', A2: '', A3: '9', B1: '10', B2: '0', B3: '9', C1: '=NPS(A1:A3)', C2: '=NPS(B1:B3)' });
    expect((await evaluated(page, 'Checks', 'C1')).value).toBe(100);
    expect((await evaluated(page, 'Checks', 'C2')).value).toBe(runKpi(findKpi('NPS')!, [[[10], [0], [9]]]));
  });

  it('shows our message on an error cell, naming the cell, in the engine and on hover', async () => {
    const { page } = opened;
    await setCells(page, 'Checks', { D1: '10', D2: 'abc', D3: '=NPS(D1:D2)', E1: '=CAC(1000, 0)' });
    expect(await evaluated(page, 'Checks', 'D3')).toEqual({ value: '#VALUE!', message: 'NPS: scores cell D2 is "abc", expected a whole number 0–10' });
    expect(await evaluated(page, 'Checks', 'E1')).toEqual({ value: '#DIV/0!', message: 'CAC: new_customers is 0, so there is no customer to share the cost' });
    // Hovering the cell shows the message, as a user sees it.
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, (...a: unknown[]) => string> } } } }).salesKpi.workbook.model;
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: model.getters.getSheetIdByName('Checks') });
    });
    const grid = (await page.locator('.o-grid').boundingBox())!;
    // D3: past the row headers (48 px) and three 96-pixel columns, below the column headers (26 px) and two 23-pixel rows.
    await page.mouse.move(grid.x + 48 + 3 * 96 + 40, grid.y + 26 + 2 * 23 + 11);
    await page.waitForSelector('.o-error-tooltip', { timeout: 5000 });
    expect(await page.textContent('.o-error-tooltip-message')).toContain('NPS: scores cell D2 is "abc", expected a whole number 0–10');
    await page.screenshot({ path: join(SCREENSHOTS, 'web-error-hover-en.png') });
  });

  it('spills a table, and shows #SPILL! when a value blocks it', async () => {
    const { page } = opened;
    await setCells(page, 'Checks', { G1: '=NPS_BREAKDOWN(A1:A3)' });
    expect(await sheetValues(page, 'Checks', 3, 10).then((v) => v.map((row) => row.slice(6, 9)))).toEqual([
      ['Promoters', 2, 1], ['Passives', 0, 0], ['Detractors', 0, 0],
    ]);
    await setCells(page, 'Checks', { H2: 'in the way' });
    expect((await evaluated(page, 'Checks', 'G1')).value).toBe('#SPILL!');
  });

  it('groups dates by Jalali and Gregorian period, and spills the MRR bridge, on the engine', async () => {
    const { page } = opened;
    await setCells(page, 'Checks', {
      J1: '2024-03-19', J2: '2024-03-20', J3: '2025-03-20',
      K1: '=JALALI(J1:J3)', L1: '=JALALI(J3, "month_name")',
      M1: '=BY_PERIOD(J1:J3, , "month", "jalali")',
      A10: 'A', A11: 'B', A12: 'A', A13: 'B', A14: 'C', A15: 'A',
      B10: '2024-01-01', B11: '2024-01-01', B12: '2024-02-01', B13: '2024-02-01', B14: '2024-03-01', B15: '2024-04-01',
      C10: '100', C11: '50', C12: '150', C13: '0', C14: '80', C15: '150',
      D10: '=MRR_MOVEMENTS(A10:A15, B10:B15, C10:C15)', D15: '=GRR(A10:A15, B10:B15, C10:C15, "2024-01-01", "2024-02-01")',
    });
    const top = await sheetValues(page, 'Checks', 3, 16);
    expect(top.map((row) => row[10])).toEqual(['1402/12/29', '1403/01/01', '1403/12/30']);
    expect(top[0][11]).toBe('اسفند');
    expect(top.map((row) => row.slice(12, 16))[0]).toEqual(['1402-12', 1, 0, '']);
    expect(top.map((row) => row.slice(12, 16))[1]).toEqual(['1403-01', 1, 0, 0]);
    const bridge = await sheetValues(page, 'Checks', 14, 12).then((v) => v.slice(9, 13).map((row) => row.slice(3, 12)));
    expect(bridge).toEqual([
      ['2024-01', 0, 150, 0, 0, 0, 0, 150, 2],
      ['2024-02', 150, 0, 50, 0, 0, -50, 150, 1],
      ['2024-03', 150, 80, 0, 0, 0, -150, 80, 1],
      ['2024-04', 80, 0, 0, 150, 0, -80, 150, 1],
    ]);
    expect((await evaluated(page, 'Checks', 'D15')).value).toBe(2 / 3);
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, (...a: unknown[]) => string> } } } }).salesKpi.workbook.model;
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: model.getters.getSheetIdByName('Checks') });
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'web-periods-en.png') });
  });

  it('asks nothing of any other origin and logs no error', () => {
    expect(opened.requests.filter((url) => !url.startsWith(served.origin))).toEqual([]);
    expect(opened.problems).toEqual([]);
  });
});

describe('the inspector and drag and drop on the browser workbook', () => {
  it('explains a dashboard cell: its formula over named ranges, and its result', async () => {
    const { context, page, problems } = await open(served.browser);
    await page.evaluate(() => {
      (window as unknown as { salesKpi: { workbook: { model: { selection: { selectCell(col: number, row: number): void } } } } }).salesKpi.workbook.model.selection.selectCell(1, 4);
    });
    await page.click('#tab-inspect');
    await page.click('#inspect');
    await page.waitForSelector('.inspection .result');
    expect((await page.textContent('.inspection h3'))!.replace(/,\s*/g, ', ')).toBe('=WIN_RATE(Deals_Status, Status_Won, Status_Lost)');
    expect(await page.textContent('.inspection .result')).toContain('34.7%');
    // The named range is read like a range: Deals_Status is the Deals sheet's status column, blanks below the sample included.
    expect(await page.textContent('.inspection .inputs')).toContain('statuses: Deals_Status — 2500 cells, 2000 blank (skipped)');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens a CSV dropped on the grid as the file picker does', async () => {
    const { context, page } = await open(served.browser);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Score\n10\n9\n0\n'], 'survey.csv', { type: 'text/csv' }));
      document.getElementById('workbook')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => /survey\.csv/.test(document.querySelector('.toolbar .message')?.textContent ?? ''));
    // The sample's Survey sheet has the name already, whatever the case.
    expect(await page.textContent('.toolbar .message')).toBe('Opened survey.csv: 3 rows on the sheet survey (2).');
    await setCells(page, 'survey (2)', { B1: '=NPS(A2:A4)' });
    expect((await evaluated(page, 'survey (2)', 'B1')).value).toBe(runKpi(findKpi('NPS')!, [[[10], [9], [0]]]));
    await context.close();
  }, 60_000);
});

describe.each([['en-US', 'en'], ['fa-IR', 'fa']] as const)('the dashboard\'s Trends section on the engine in %s', (locale, language) => {
  it('counts won revenue by month (Solar Hijri in Persian) through FILTER, and colours the cohort triangle from low to high', async () => {
    // Wide enough to see the whole won revenue chart beside the pane.
    const wide = await served.browser.newContext({ locale, viewport: { width: 2000, height: 900 } });
    const { context, page, problems } = await open(served.browser, locale, wide);
    const names = templateNames(1, language);
    const plan = planDashboard({ host: 'sheets', language, names, refStyle: names.columnRange, tableSizes: sampleTableSizes(data, language) });
    const rows = Math.max(...plan.spills.map((s) => s.row + s.sampleRows)) + 1;
    const cols = Math.max(...plan.cells.map((c) => c.col), ...plan.spills.map((s) => s.col + s.cols)) + 1;
    const values = await sheetValues(page, names.dashboardSheet, rows, cols);
    // Every KPI and table of the dashboard in this language, the trends included, is the core's.
    expectDashboardToMatchCore(plan, 'sheets', data, (row, col) => values[row][col]);
    const byMonth = plan.spills.find((s) => s.item === 'wonRevenueByMonth')!;
    expect(values[byMonth.row][byMonth.col]).toBe(language === 'fa' ? '1404-04' : '2025-07');
    expect(byMonth.sampleRows).toBe(language === 'fa' ? 17 : 16);
    const cohort = plan.spills.find((s) => s.item === 'cohortRetention')!;
    // The triangle's lowest share, and a cell past the last quarter (the last cohort's last column).
    const shares = values.slice(cohort.row, cohort.row + cohort.sampleRows).flatMap((line, r) => line.slice(cohort.col + 2, cohort.col + cohort.cols).map((v, k) => ({ v, r, k })))
      .filter((cell) => typeof cell.v === 'number');
    const lowest = shares.reduce((a, b) => ((b.v as number) < (a.v as number) ? b : a));
    expect(values[cohort.row + cohort.sampleRows - 1][cohort.col + cohort.cols - 1] ?? '').toBe('');
    const look = await page.evaluate(({ sheet, row, col, low, last }) => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown>; dispatch: (t: string, p: unknown) => unknown } } } }).salesKpi.workbook.model;
      const sheetId = model.getters.getSheetIdByName(sheet);
      const fill = (r: number, c: number) => (model.getters.getCellComputedStyle({ sheetId, col: c, row: r }) as { fillColor?: string }).fillColor;
      const text = (r: number, c: number) => (model.getters.getEvaluatedCell({ sheetId, col: c, row: r }) as { formattedValue: string }).formattedValue;
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: sheetId });
      model.dispatch('SCROLL_TO_CELL', { col: col + 8, row: row + 8 });
      return { top: fill(row, col + 2), lowest: fill(row + low.r, col + 2 + low.k), header: text(row - 1, col + 2), share: text(row + 1, col + 3), blank: fill(last.row, last.col) };
    }, { sheet: names.dashboardSheet, row: cohort.row, col: cohort.col, low: { r: lowest.r, k: lowest.k }, last: { row: cohort.row + cohort.sampleRows - 1, col: cohort.col + cohort.cols - 1 } });
    // 100% is the highest share (blue); a quarter nobody came back in is the lowest (white); a cell past the last quarter has no colour.
    expect(look.top?.toUpperCase()).toBe('#5B9BD5');
    expect(look.lowest?.toUpperCase()).toBe('#FFFFFF');
    expect(look.blank).toBeUndefined();
    expect(look.header).toBe(language === 'fa' ? 'فصل ۰' : 'Quarter 0');
    expect(look.share).toMatch(/^\d+%$/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `web-trends-cohort-${language}.png`) });
    // The won revenue chart sits 640 pixels below the first charts' top: scroll there.
    await page.evaluate((offsetY) => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown } } } }).salesKpi.workbook.model;
      model.dispatch('SET_VIEWPORT_OFFSET', { offsetX: 0, offsetY });
    }, plan.charts[4].anchor.offsetY);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `web-trends-chart-${language}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe.each([['en-US', 'en'], ['fa-IR', 'fa']] as const)('the dashboard\'s customer value block on the engine in %s', (locale, language) => {
  it('fits the model to the Orders sheet and ranks the ten customers with the highest predicted value', async () => {
    const wide = await served.browser.newContext({ locale, viewport: { width: 2000, height: 900 } });
    const { context, page, problems } = await open(served.browser, locale, wide);
    const names = templateNames(1, language);
    const plan = planDashboard({ host: 'sheets', language, names, refStyle: names.columnRange, tableSizes: sampleTableSizes(data, language) });
    const model = plan.spills.find((s) => s.item === 'clvModel')!;
    const title = plan.cells.find((c) => c.content === RANK_BLOCKS[0].title[language])!;
    const values = await sheetValues(page, names.dashboardSheet, Math.max(title.row + 12, model.row + 11), Math.max(title.col, model.col) + 2);
    expect(values.slice(model.row, model.row + 11).map((row) => row[model.col])).toEqual(['r', 'alpha', 'a', 'b', 'BG/NBD log-likelihood', 'p', 'q', 'gamma', 'Gamma-Gamma log-likelihood', 'customers', 'repeat customers']);
    const forecast = runKpi(findKpi('CLV_FORECAST')!, [sampleColumn(data, 'orders', 'customer'), sampleColumn(data, 'orders', 'date'), sampleColumn(data, 'orders', 'amount'), 365]) as (string | number)[][];
    const top = [...forecast].sort((x, y) => (y[3] as number) - (x[3] as number)).slice(0, 10);
    const ranked = values.slice(title.row + 2, title.row + 12);
    expect(ranked.map((row) => row[title.col])).toEqual(top.map((row) => row[0]));
    ranked.forEach((row, k) => expect(Math.abs((row[title.col + 1] as number) / (top[k][3] as number) - 1)).toBeLessThan(1e-6));
    await page.evaluate(({ sheet, row, col }) => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown>; dispatch: (t: string, p: unknown) => unknown } } } }).salesKpi.workbook.model;
      const sheetId = model.getters.getSheetIdByName(sheet);
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: sheetId });
      model.dispatch('SCROLL_TO_CELL', { col: col + 9, row: row + 14 });
    }, { sheet: names.dashboardSheet, row: model.row, col: model.col });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `web-customer-value-${language}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe.each([['fa-IR', 'fa'], ['el-GR', 'el']] as const)('an error\'s hover text in %s', (locale, language) => {
  it('is our message in the page\'s language, names and values left to right', async () => {
    const { context, page, problems } = await open(served.browser, locale);
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, (...a: unknown[]) => string> } } } }).salesKpi.workbook.model;
      model.dispatch('CREATE_SHEET', { sheetId: 'hover', position: 0, name: 'Hover' });
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: 'hover' });
    });
    await setCells(page, 'Hover', { A1: '10', A2: 'abc', A3: '=NPS(A1:A2)' });
    const expected = render((runKpi(findKpi('NPS')!, [[[10], ['abc']]], { addresses: ['A1'] }) as KpiError).text, language);
    expect((await evaluated(page, 'Hover', 'A3')).message).toBe(expected);
    const grid = (await page.locator('.o-grid').boundingBox())!;
    await page.mouse.move(grid.x + 48 + 40, grid.y + 26 + 2 * 23 + 11);
    await page.waitForSelector('.o-error-tooltip', { timeout: 5000 });
    expect(await page.textContent('.o-error-tooltip-message')).toContain(expected);
    await page.screenshot({ path: join(SCREENSHOTS, `web-error-hover-${language}.png`) });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the language switch', () => {
  it('follows the browser\'s language, and the switch changes it for the next visits', async () => {
    const { context, page } = await open(served.browser, 'el-GR');
    expect(await page.getAttribute('html', 'lang')).toBe('el');
    expect(await page.inputValue('#language')).toBe('el');
    await Promise.all([page.waitForEvent('load'), page.selectOption('#language', 'fa')]);
    await page.waitForFunction(() => document.documentElement.lang === 'fa' && document.querySelector('.o-grid') !== null);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('.toolbar .brand')).toBe('کارپوشهٔ شاخص‌های فروش');
    await context.close();
  }, 60_000);
});

describe('the Dashboard tab on the browser workbook', () => {
  it('inserts the template again under new names, beside the first, and says where it went', async () => {
    const { context, page, problems } = await open(served.browser);
    await page.click('#tab-template');
    await page.click('#insert-template');
    await page.waitForFunction(() => /Dashboard \(2\)/.test(document.querySelector('#panel-template .status')?.textContent ?? ''));
    expect(await page.textContent('#panel-template .status')).toBe('The dashboard is on the sheet Dashboard (2).');
    const sheets = await page.evaluate(() => {
      const getters = (window as unknown as { salesKpi: { workbook: { model: { getters: { getSheetIds(): string[]; getSheetName(id: string): string; getActiveSheetId(): string } } } } }).salesKpi.workbook.model.getters;
      return { names: getters.getSheetIds().map((id) => getters.getSheetName(id)), active: getters.getSheetName(getters.getActiveSheetId()) };
    });
    expect(sheets).toEqual({
      names: ['Dashboard', 'Deals', 'Leads', 'Orders', 'Survey', 'Spend', 'Dashboard (2)', 'Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)'],
      active: 'Dashboard (2)',
    });
    expect((await evaluated(page, 'Dashboard (2)', 'B5')).value).toBe((await evaluated(page, 'Dashboard', 'B5')).value);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('keeping and moving the workbook', () => {
  it('survives a reload: an edit is there again, from this browser\'s storage', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const first = await open(served.browser, 'en-US', context);
    await setCells(first.page, 'Dashboard', { A40: 'my note' });
    await first.page.waitForTimeout(1500);
    await first.page.reload();
    await first.page.waitForFunction(() => document.querySelector('.o-grid') !== null && (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined);
    expect((await evaluated(first.page, 'Dashboard', 'A40')).value).toBe('my note');
    await context.close();
  }, 60_000);

  it('never saves over a saved workbook it could not open, and says so', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const first = await open(served.browser, 'en-US', context);
    const damaged = { format: 1, seq: 0, data: { sheets: 'not sheets', version: 'from the future' } };
    /** Reads or writes the stored snapshot through IndexedDB itself, as the page keeps it. */
    const stored = (value?: unknown) => first.page.evaluate((value) => new Promise((resolve, reject) => {
      const request = indexedDB.open('sales-kpi');
      request.onsuccess = () => {
        const transaction = request.result.transaction('snapshots', value === undefined ? 'readonly' : 'readwrite');
        const store = transaction.objectStore('snapshots');
        const done = value === undefined ? store.get('current') : store.put(value, 'current');
        transaction.oncomplete = () => { request.result.close(); resolve(value === undefined ? (done as IDBRequest).result : undefined); };
        transaction.onerror = () => reject(transaction.error);
      };
      request.onerror = () => reject(request.error);
    }), value);
    await first.page.waitForTimeout(1000);
    await stored(damaged);
    await first.page.reload();
    await first.page.waitForFunction(() => !document.getElementById('save-state')!.hidden);
    expect(await first.page.textContent('#save-state')).toContain('could not be opened; it is kept there unchanged');
    await setCells(first.page, 'Dashboard', { A40: 'an edit after it' });
    await first.page.waitForTimeout(1500);
    expect(await stored()).toEqual(damaged);
    await context.close();
  }, 60_000);

  it('exports the values copy for readers without the add-in: no Sales KPI formula, every other formula kept', async () => {
    const { context, page } = await open(served.browser);
    const download = page.waitForEvent('download');
    await page.click('#export-values');
    const done = await download;
    // Named after the workbook, as the list of workbooks calls it.
    expect(done.suggestedFilename()).toBe('My workbook (values).xlsx');
    const { readFileSync } = await import('node:fs');
    const parts = unzipSync(new Uint8Array(readFileSync((await done.path())!)));
    const xml = Object.entries(parts).filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path)).map(([, bytes]) => strFromU8(bytes)).join('');
    const formulas = [...xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.filter((f) => /_xldudf_KPI_/.test(f))).toEqual([]);
    expect(formulas.some((f) => f.includes('COUNTIF(Deals_Status'))).toBe(true);
    expect(formulas.some((f) => f.startsWith('LARGE(Clv_Value'))).toBe(true);
    expect(await page.getAttribute('#export-values', 'title')).toMatch(/^An \.xlsx for colleagues without Sales KPI/);
    await context.close();
  }, 60_000);

  it('exports an .xlsx whose formulas carry the names Excel writes for the add-in\'s, with the computed values cached', async () => {
    const { context, page } = await open(served.browser);
    const download = page.waitForEvent('download');
    await page.click('#export-xlsx');
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const parts = unzipSync(new Uint8Array(readFileSync(file!)));
    // Every named range of the workbook is a defined name of the file, so the plain formulas over them compute elsewhere.
    const definedNames = [new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(strFromU8(parts['xl/workbook.xml'])).workbook.definedNames?.definedName ?? []].flat() as { '@_name': string; '#text': string }[];
    const namedRanges = await page.evaluate(() => (window as unknown as { salesKpi: { workbook: { model: { exportData(): { namedRanges: Record<string, string> } } } } }).salesKpi.workbook.model.exportData().namedRanges);
    expect(definedNames.map((n) => n['@_name']).sort()).toEqual(Object.keys(namedRanges).sort());
    expect(definedNames.find((n) => n['@_name'] === 'Deals_Status')?.['#text']).toBe('Deals!$E$2:$E$1048576');
    const sheetPaths = Object.keys(parts).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheetPaths.length).toBe(6);
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
    const cells = sheetPaths.flatMap((path) => {
      const rows = [parser.parse(strFromU8(parts[path])).worksheet.sheetData?.row ?? []].flat();
      return rows.flatMap((row: { c?: unknown }) => [row.c ?? []].flat() as { f?: string | { '#text': string }; v?: string; '@_r': string }[]);
    });
    const formulas = cells.filter((c) => c.f !== undefined).map((c) => ({ f: typeof c.f === 'string' ? c.f : c.f!['#text'], v: c.v }));
    // As Excel writes the add-in's functions into a file (it shows them as KPI.WIN_RATE).
    const winRate = formulas.find((c) => c.f.startsWith('_xldudf_KPI_WIN_RATE('));
    expect(winRate?.f).toBe('_xldudf_KPI_WIN_RATE(Deals_Status,Status_Won,Status_Lost)');
    expect(Number(winRate?.v)).toBeCloseTo(runKpi(findKpi('WIN_RATE')!, [data.deals.rows.map((row) => [row[4]])]) as number, 12);
    expect(formulas.some((c) => c.f.startsWith('NPS('))).toBe(false);
    expect(formulas.filter((c) => c.f.startsWith('_xldudf_KPI_')).length).toBeGreaterThanOrEqual(17);
    // Excel reads FILTER in a file only under its future-function name.
    expect(formulas.find((c) => c.f.startsWith('_xldudf_KPI_BY_PERIOD('))?.f).toBe('_xldudf_KPI_BY_PERIOD(_xlfn._xlws.FILTER(Deals_Closed,ISNUMBER(MATCH(Deals_Status,_xlfn._xlws.FILTER(Status_Value,Status_Outcome="won"),0))),_xlfn._xlws.FILTER(Deals_Amount,ISNUMBER(MATCH(Deals_Status,_xlfn._xlws.FILTER(Status_Value,Status_Outcome="won"),0))),"month","gregorian")');
    // Every cell the Dashboard shows has its value in the file, each spilled table's included.
    const shown = await page.evaluate(() => {
      const { getters } = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown> } } } }).salesKpi.workbook.model;
      const sheetId = getters.getSheetIdByName('Dashboard') as string;
      let filled = 0;
      for (let row = 0; row < (getters.getNumberRows(sheetId) as number); row++) {
        for (let col = 0; col < (getters.getNumberCols(sheetId) as number); col++) {
          const value = (getters.getEvaluatedCell({ sheetId, col, row }) as { value: unknown }).value;
          if (value !== null && value !== undefined && value !== '') filled++;
        }
      }
      return { filled, index: (getters.getSheetIds() as string[]).indexOf(sheetId) };
    });
    const dashboardRows = [parser.parse(strFromU8(parts[`xl/worksheets/sheet${shown.index}.xml`])).worksheet.sheetData.row].flat() as { c?: unknown }[];
    const withValue = dashboardRows.flatMap((row) => [row.c ?? []].flat() as { v?: string }[]).filter((c) => c.v !== undefined && c.v !== '');
    expect(withValue.length).toBe(shown.filled);
    expect(shown.filled).toBeGreaterThan(2000);
    await context.close();
  }, 60_000);
});

describe('opening a CRM export', () => {
  /** A deals export as a Persian CRM writes it: a byte order mark, Persian digits with ٬ separators, Jalali dates. */
  const PERSIAN_CSV = '\uFEFFوضعیت,مبلغ,ایجاد,بستن\nبرنده,۱۲٬۰۰۰,1402/12/01,1402/12/15\nناموفق,۸٬۵۰۰,1402/11/20,1403/01/10\nبرنده,۴۰٬۰۰۰,1403/01/05,1403/02/04\nباز,۳٬۰۰۰,1403/02/01,\n';

  it('reads Persian digits and Jalali dates into the same KPIs as typed values, from the file picker', async () => {
    const { context, page, problems } = await open(served.browser);
    const before = await page.evaluate(() => (window as unknown as { salesKpi: { workbook: { model: { getters: { getSheetIds(): string[] } } } } }).salesKpi.workbook.model.getters.getSheetIds().length);
    await page.setInputFiles('#open-file', { name: 'deals-1403.csv', mimeType: 'text/csv', buffer: Buffer.from(PERSIAN_CSV, 'utf8') });
    await page.waitForFunction(() => /deals-1403/.test(document.querySelector('.toolbar .message')?.textContent ?? ''));
    expect(await page.textContent('.toolbar .message')).toBe('Opened deals-1403.csv: 4 rows on the sheet deals-1403.');
    const values = await sheetValues(page, 'deals-1403', 5, 4);
    // 1402/12/01 is 2024-02-20 (serial 45342); numbers are numbers.
    expect(values[1]).toEqual(['برنده', 12000, 45342, 45356]);
    await setCells(page, 'deals-1403', {
      F1: '=WIN_RATE(A2:A5)', F2: '=AVG_DEAL_SIZE(B2:B5, A2:A5)', F3: '=SALES_CYCLE(C2:C5, D2:D5)',
    });
    const typed = [
      runKpi(findKpi('WIN_RATE')!, [[['برنده'], ['ناموفق'], ['برنده'], ['باز']]]),
      runKpi(findKpi('AVG_DEAL_SIZE')!, [[[12000], [8500], [40000], [3000]], [['برنده'], ['ناموفق'], ['برنده'], ['باز']]]),
      runKpi(findKpi('SALES_CYCLE')!, [[['2024-02-20'], ['2024-02-09'], ['2024-03-24'], ['2024-04-20']], [['2024-03-05'], ['2024-03-29'], ['2024-04-23'], [null]]]),
    ];
    expect([(await evaluated(page, 'deals-1403', 'F1')).value, (await evaluated(page, 'deals-1403', 'F2')).value, (await evaluated(page, 'deals-1403', 'F3')).value]).toEqual(typed);
    expect(typed).toEqual([2 / 3, 26000, 31]);
    expect(await page.evaluate(() => (window as unknown as { salesKpi: { workbook: { model: { getters: { getSheetIds(): string[] } } } } }).salesKpi.workbook.model.getters.getSheetIds().length)).toBe(before + 1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it.each([
    ['notes.pdf', 'text', 'Could not open notes.pdf: only .csv and .xlsx files can be opened. Nothing was changed.'],
    ['empty.csv', '', 'Could not open empty.csv: the file has no rows. Nothing was changed.'],
    ['broken.xlsx', 'not a zip', 'Could not open broken.xlsx: it is not a readable XLSX workbook. Nothing was changed.'],
    ['binary.csv', 'a\u0000b', 'Could not open binary.csv: this is not a text CSV file. Nothing was changed.'],
  ])('refuses %s with a clear message and changes nothing', async (name, content, message) => {
    const { context, page } = await open(served.browser);
    const before = await page.evaluate(() => JSON.stringify((window as unknown as { salesKpi: { workbook: { model: { exportData(): { sheets: unknown } } } } }).salesKpi.workbook.model.exportData().sheets));
    await page.setInputFiles('#open-file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(content, 'utf8') });
    await page.waitForFunction(() => document.querySelector('.toolbar .message.problem') !== null);
    expect(await page.textContent('.toolbar .message')).toBe(message);
    const after = await page.evaluate(() => JSON.stringify((window as unknown as { salesKpi: { workbook: { model: { exportData(): { sheets: unknown } } } } }).salesKpi.workbook.model.exportData().sheets));
    expect(after).toBe(before);
    await context.close();
  }, 60_000);
});

describe.each([['en-US', 'en'], ['fa-IR', 'fa']] as const)('the wizard on the workbook in %s', (locale, language) => {
  it('chooses, maps a column by its header, previews with the data check and inserts a formula the engine evaluates to the preview', async () => {
    const { context, page, problems } = await open(served.browser, locale);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    // The engine's formula assistant shows each function's help in the page's language.
    expect(await page.evaluate(() => (window as unknown as { o_spreadsheet: { registries: { functionRegistry: { get(n: string): { description: string; args: { description: string }[] } } } } })
      .o_spreadsheet.registries.functionRegistry.get('NPS').description)).toBe(kpiText(findKpi('NPS')!, language).summary);
    await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, (...a: unknown[]) => string>; selection: { selectCell(col: number, row: number): void } } } } }).salesKpi.workbook.model;
      model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: model.getters.getSheetIdByName('Deals') });
      model.selection.selectCell(11, 1);
    });
    await page.click('#choose-WIN_RATE');
    await page.waitForSelector('#source-statuses');
    expect(await page.$eval('#source-statuses', (s) => (s as HTMLSelectElement).value)).toMatch(/^column:/);
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    const preview = await page.textContent('.preview-output strong');
    await page.click('#use-selected-cell');
    await page.waitForFunction(() => (document.getElementById('target-cell') as HTMLInputElement).value !== '');
    expect(await page.inputValue('#target-cell')).toBe('Deals!L2');
    await page.click('#insert');
    await page.waitForSelector('.status code');
    const cell = await page.evaluate(() => {
      const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown> } } } }).salesKpi.workbook.model;
      const position = { sheetId: model.getters.getSheetIdByName('Deals'), col: 11, row: 1 };
      return { content: model.getters.getCellText(position, { showFormula: true }) as string, value: (model.getters.getEvaluatedCell(position) as { value: number }).value, shown: (model.getters.getEvaluatedCell(position) as { formattedValue: string }).formattedValue };
    });
    expect(cell.content).toBe('=WIN_RATE(E2:E501)');
    expect(cell.value).toBe(runKpi(findKpi('WIN_RATE')!, [data.deals.rows.map((row) => [row[4]])]));
    // The preview shows the same number, in Persian digits in the Persian pane.
    const western = (text: string) => text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace('٫', '.').replace('٪', '%');
    expect(western(preview!)).toBe(cell.shown);
    await page.screenshot({ path: join(SCREENSHOTS, `web-wizard-${language}.png`) });
    // An error cell says why in the page's language.
    await setCells(page, 'Deals', { M1: '=NPS(B2:B3)' });
    const error = await evaluated(page, 'Deals', 'M1');
    expect(error.value).toBe('#VALUE!');
    const account = String(data.deals.rows[0][1]);
    expect(error.message).toBe(language === 'fa'
      ? `\u2067\u2066NPS\u2069: \u2066scores\u2069 در خانهٔ \u2066B2\u2069 برابر \u2066"${account}"\u2069 است؛ باید یک عدد صحیح از \u2066۰\u2069 تا \u2066۱۰\u2069 باشد\u2069`
      : `NPS: scores cell B2 is "${account}", expected a whole number 0–10`);
    if (language === 'fa') {
      await page.evaluate(() => {
        const model = (window as unknown as { salesKpi: { workbook: { model: { dispatch: (t: string, p: unknown) => unknown; getters: Record<string, (...a: unknown[]) => string> } } } }).salesKpi.workbook.model;
        model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: model.getters.getSheetIdByName('داشبورد') });
      });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SCREENSHOTS, 'web-dashboard-fa.png') });
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

