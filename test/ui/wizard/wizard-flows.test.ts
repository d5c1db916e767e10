// Whole wizard flows in Chromium for both hosts: choose, map, preview with the data check, insert, inspect — by mouse and by keyboard.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS, useServedChromium, watchPage } from '../../helpers/browser';
import { formatDay, runKpi, findKpi } from '../../../core';
import { simulateOrders } from '../../../scripts/simulate-orders';
import { tableFormatsFor } from '../../../ui/wizard/number-format';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const excel = useServedChromium('dist/excel');
const sheets = useServedChromium('dist/sheets');

/** A CRM export: dates are serial numbers in Excel and ISO text in Sheets (as the server sends them). */
function workbook(host: 'excel' | 'sheets', selection: string, formulas: Record<string, string> = {}) {
  const date = (serial: number, iso: string) => (host === 'excel' ? serial : iso);
  return {
    active: 'Deals',
    selection,
    formulas,
    sheets: {
      Deals: [
        ['Id', 'Source', 'Status', 'Amount', 'Created', 'Closed'],
        [1, 'web', 'Won', 1000, date(45292, '2024-01-01'), date(45322, '2024-01-31')],
        [2, 'email', 'Lost', 3000, date(45300, '2024-01-09'), date(45310, '2024-01-19')],
        [3, 'web', 'Open', 2000, date(45305, '2024-01-14'), ''],
        [4, 'web', 'Won', 'abc', date(45310, '2024-01-19'), date(45300, '2024-01-09')],
      ],
    },
  };
}

/** An order list of 300 customers drawn from BG/NBD and Gamma-Gamma, on an Orders sheet. */
const SHOP = simulateOrders({ r: 0.5, alpha: 20, a: 0.7, b: 3, p: 4, q: 3, gamma: 50 }, 300, { seed: 3 });

function ordersWorkbook(host: 'excel' | 'sheets'): Book {
  return {
    active: 'Orders',
    selection: 'F1',
    formulas: {},
    sheets: {
      Orders: [
        ['Customer', 'Date', 'Amount'],
        ...SHOP.customers.map((customer, i) => [customer, host === 'excel' ? SHOP.days[i] : formatDay(SHOP.days[i]), SHOP.amounts[i]]),
      ],
    },
  };
}

interface Opened {
  page: Page;
  problems: string[];
  book: () => Promise<{ formulas: Record<string, string>; formats: Record<string, string> }>;
}

/** A workbook the fake hosts open: its sheets' cells, the active sheet and the selection. */
type Book = { active: string; selection: string; formulas: Record<string, string>; sheets: Record<string, unknown[][]> };

async function open(host: 'excel' | 'sheets', locale: string, book: Book): Promise<Opened> {
  const served = host === 'excel' ? excel : sheets;
  const page = await served.browser.newPage({ viewport: { width: host === 'excel' ? 360 : 300, height: 900 } });
  const { problems } = watchPage(page);
  await page.addInitScript(({ book, locale }) => {
    const w = window as unknown as Record<string, unknown>;
    w.__workbook = book;
    w.__officeDisplayLanguage = locale;
    w.__userLocale = locale;
  }, { book, locale });
  await page.addInitScript({ path: join(ROOT, 'test/helpers/in-memory-book.js') });
  if (host === 'excel') {
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', path: join(ROOT, 'test/excel-addin/office-stand-in.js') }));
    await page.goto(`${served.origin}/taskpane.html`);
  } else {
    await page.addInitScript({ path: join(ROOT, 'test/sheets-addon/google-script-run-stand-in.js') });
    await page.goto(`${served.origin}/sidebar.html`);
  }
  await page.waitForSelector('#choose-NPS');
  return { page, problems, book: () => page.evaluate(() => (window as unknown as { __book: never }).__book) };
}

const call = (host: 'excel' | 'sheets', text: string) => (host === 'excel' ? `=KPI.${text}` : `=${text}`);

/** Clicks "Use the selected cell" and waits for the host's answer (asynchronous through google.script.run). */
async function useSelectedCell(page: Page): Promise<void> {
  await page.click('#use-selected-cell');
  await page.waitForFunction(() => (document.getElementById('target-cell') as HTMLInputElement).value !== '');
}

describe.each(['excel', 'sheets'] as const)('the wizard in %s', (host) => {
  it('takes a cell typed for a number as a reference to it, read from the sheet and written as such', async () => {
    const { page, problems, book } = await open(host, 'en', workbook(host, 'H1'));
    await page.click('#choose-PIPELINE_VELOCITY');
    await page.waitForSelector('#source-opportunities');
    // The table gives every input as a formula; typing is one choice away.
    for (const param of ['opportunities', 'avg_deal_value', 'win_rate', 'cycle_length']) {
      expect(await page.$eval(`#source-${param}`, (s) => (s as HTMLSelectElement).value)).toBe('derived');
      await page.selectOption(`#source-${param}`, 'typed');
    }
    await page.fill('#typed-opportunities', 'A3');
    await page.fill('#typed-avg_deal_value', 'Deals!D2');
    await page.fill('#typed-win_rate', '50%');
    await page.fill('#typed-cycle_length', '30');
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    // A3 holds 2 and D2 1,000: 2 × 1,000 × 0.5 ÷ 30.
    expect(await page.textContent('.preview-output strong')).toBe('33');
    await useSelectedCell(page);
    await page.click('#insert');
    await page.waitForSelector('.status code');
    expect((await book()).formulas['Deals!H1']).toBe(call(host, 'PIPELINE_VELOCITY(A3, D2, 0.5, 30)'));
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('chooses a KPI, maps a column by its header, previews with the data check and inserts with a number format, by mouse', async () => {
    const { page, problems, book } = await open(host, 'en', workbook(host, 'H1'));
    expect(await page.getAttribute('#tab-wizard', 'aria-selected')).toBe('true');
    expect(await page.locator('.kpi-group-title').allTextContents()).toEqual(
      ['Funnel and conversion', 'Pipeline', 'Sources and mix', 'Customer economics', 'Revenue and profitability', 'Loyalty and satisfaction',
        'Periods and calendars', 'Subscription revenue', 'Customer value forecasting']);
    await page.click('#choose-WIN_RATE');
    await page.waitForSelector('#source-statuses');
    expect(await page.$eval('#source-statuses', (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('Column: Status');
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    expect(await page.textContent('.preview-output strong')).toBe('66.7%');
    expect(await page.textContent('.findings')).toContain('statuses, statuses neither won nor lost: 1 (Open)');
    expect(await page.isVisible('#typed-won_label')).toBe(false);
    await useSelectedCell(page);
    expect(await page.inputValue('#target-cell')).toBe('Deals!H1');
    await page.click('#insert');
    await page.waitForSelector('.status code');
    const written = await book();
    expect(written.formulas['Deals!H1']).toBe(call(host, 'WIN_RATE(C2:C5)'));
    expect(written.formats['Deals!H1']).toBe('0.0%');
    await page.screenshot({ path: join(SCREENSHOTS, `wizard-${host}-en.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('says which argument still needs a range or a value', async () => {
    const { page, book } = await open(host, 'en', workbook(host, 'H1'));
    await page.click('#choose-NPS');
    await page.waitForSelector('#source-scores');
    await page.click('#preview');
    expect(await page.textContent('.preview-output')).toBe('Choose a range or type a value for scores.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('source-scores');
    await page.click('#insert');
    expect(await page.textContent('.status')).toBe('Choose a range or type a value for scores.');
    expect(Object.keys((await book()).formulas)).toEqual([]);
    await page.close();
  }, 30_000);

  it('never replaces a non-empty cell without asking', async () => {
    const { page, book } = await open(host, 'en', workbook(host, 'D2'));
    await page.click('#choose-WIN_RATE');
    await page.waitForSelector('#source-statuses');
    await useSelectedCell(page);
    await page.click('#insert');
    await page.waitForSelector('#confirm-no');
    expect(await page.textContent('.confirm p')).toBe('This cell is not empty (1000). Replace it?');
    await page.click('#confirm-no');
    await page.waitForSelector('.status');
    expect(await page.textContent('.status')).toContain('The cell was kept as it was.');
    expect((await book()).formulas['Deals!D2']).toBeUndefined();
    await page.click('#insert');
    await page.click('#confirm-yes');
    await page.waitForFunction(() => (window as unknown as { __book: { formulas: Record<string, string> } }).__book.formulas['Deals!D2'] !== undefined);
    expect((await book()).formulas['Deals!D2']).toBe(call(host, 'WIN_RATE(C2:C5)'));
    await page.close();
  }, 30_000);

  it('explains why a KPI cell fails, naming the cell', async () => {
    const { page } = await open(host, 'en', workbook(host, 'H2', { 'Deals!H2': call(host, 'SALES_CYCLE(E2:E5, F2:F5)') }));
    await page.click('#tab-inspect');
    await page.click('#inspect');
    await page.waitForSelector('.inspection .result');
    expect(await page.textContent('.inspection h3')).toBe(call(host, 'SALES_CYCLE(E2:E5, F2:F5)'));
    expect(await page.textContent('.inspection .result')).toContain('SALES_CYCLE: close_dates cell F5 (2024-01-09) is before its start_dates (2024-01-19)');
    expect(await page.textContent('.inspection .inputs')).toContain('4 cells, 1 blank (skipped)');
    expect(await page.textContent('.inspection .findings')).toContain('close_dates, rows that end before they start: 1');
    await page.screenshot({ path: join(SCREENSHOTS, `inspector-${host}-en.png`), fullPage: true });
    await page.close();
  }, 30_000);

  it('works by keyboard alone', async () => {
    const { page, book } = await open(host, 'en', workbook(host, 'H3'));
    await page.focus('#tab-wizard');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80; i++) {
        if (await page.evaluate(() => document.activeElement?.id) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach #${id} with Tab`);
    };
    await page.keyboard.press('Tab');
    await page.keyboard.type('win rate');
    await tabTo('choose-WIN_RATE');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#source-statuses');
    await tabTo('preview');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.preview-output .result');
    await tabTo('use-selected-cell');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('target-cell') as HTMLInputElement).value !== '');
    await tabTo('insert');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.status code');
    expect((await book()).formulas['Deals!H3']).toBe(call(host, 'WIN_RATE(C2:C5)'));
    await page.close();
  }, 30_000);

  it('runs right to left in Persian, with Persian digits as an option', async () => {
    const { page, problems } = await open(host, 'fa', workbook(host, 'H1'));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.click('#choose-WIN_RATE');
    await page.click('#preview');
    await page.waitForSelector('.preview-output .result');
    expect(await page.textContent('.preview-output strong')).toBe('66.7%');
    await page.check('#persian-digits');
    await page.waitForFunction(() => document.querySelector('.preview-output strong')?.textContent !== '66.7%');
    expect(await page.textContent('.preview-output strong')).toBe('۶۶٫۷٪');
    await page.screenshot({ path: join(SCREENSHOTS, `wizard-${host}-fa.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it.each(['en', 'fa'] as const)('offers period and calendar as choices, the Jalali calendar first in Persian, and previews the spilled table (%s)', async (language) => {
    const { page, problems, book } = await open(host, language, workbook(host, 'H1'));
    await page.click('#choose-BY_PERIOD');
    await page.waitForSelector('#source-dates');
    expect(await page.$eval('#source-dates', (s) => (s as HTMLSelectElement).value)).toBe('column:4');
    expect(await page.$eval('#source-calendar', (s) => (s as HTMLSelectElement).value)).toBe(language === 'fa' ? 'choice:jalali' : 'omitted');
    const periods = await page.$$eval('#source-period option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(periods.filter((v) => v.startsWith('choice:'))).toEqual(['choice:week', 'choice:month', 'choice:quarter', 'choice:year']);
    await page.selectOption('#source-values', 'omitted');
    await page.selectOption('#source-period', 'choice:week');
    await page.click('#preview');
    await page.waitForSelector('.preview-table td');
    const cells = await page.$$eval('.preview-table tr', (rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    expect(cells).toEqual(language === 'fa'
      // Created 2024-01-01 … 01-19 in the Jalali weeks from Saturday 1402/10/09, 10/16 and 10/23.
      ? [['1402/10/09', '1', '0', ''], ['1402/10/16', '1', '0', '0%'], ['1402/10/23', '2', '0', '100%']]
      // … and in the weeks from Monday 2024-01-01, 01-08 (the 9th and the 14th) and 01-15.
      : [['2024-01-01', '1', '0', ''], ['2024-01-08', '2', '0', '100%'], ['2024-01-15', '1', '0', '-50%']]);
    await useSelectedCell(page);
    await page.click('#insert');
    await page.waitForSelector('.status code');
    const written = await book();
    expect(written.formulas['Deals!H1']).toBe(call(host, language === 'fa' ? 'BY_PERIOD(E2:E5, , "week", "jalali")' : 'BY_PERIOD(E2:E5, , "week")'));
    // Each column of the spilled table in its registry format, over the three rows the preview showed.
    const formats = tableFormatsFor(findKpi('BY_PERIOD')!, 4, language);
    formats.forEach((format, c) => {
      const column = String.fromCharCode(72 + c);
      expect(written.formats[`Deals!${column}1:${column}3`], column).toBe(format);
    });
    await page.screenshot({ path: join(SCREENSHOTS, `wizard-by-period-${host}-${language}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});

describe.each(['excel', 'sheets'] as const)('the customer value forecasts in the %s wizard', (host) => {
  it.each(['en', 'fa'] as const)('offers horizon and unit as choices and previews the forecast table (%s)', async (language) => {
    const { page, problems, book } = await open(host, language, ordersWorkbook(host));
    expect(await page.locator('.kpi-group-title').last().textContent()).toBe(language === 'fa' ? 'پیش‌بینی ارزش مشتری' : 'Customer value forecasting');
    await page.click('#choose-CLV_FORECAST');
    await page.waitForSelector('#source-customers');
    const value = (id: string) => page.$eval(id, (s) => (s as HTMLSelectElement).value);
    expect([await value('#source-customers'), await value('#source-order_dates'), await value('#source-amounts')]).toEqual(['column:0', 'column:1', 'column:2']);
    // A year ahead in days until the user picks another horizon or unit.
    expect(await value('#source-horizon')).toBe('choice:365');
    const options = async (id: string) => (await page.$$eval(`${id} option`, (all) => all.map((o) => (o as HTMLOptionElement).value))).filter((v) => v.startsWith('choice:'));
    expect(await options('#source-horizon')).toEqual(['choice:30', 'choice:90', 'choice:365', 'choice:13', 'choice:26', 'choice:52']);
    expect(await options('#source-unit')).toEqual(['choice:days', 'choice:weeks']);
    await page.selectOption('#source-unit', 'choice:weeks');
    await page.selectOption('#source-horizon', 'choice:52');
    await page.click('#preview');
    await page.waitForSelector('.preview-table td', { timeout: 10_000 });
    const cells = await page.$$eval('.preview-table tr', (rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    const table = runKpi(findKpi('CLV_FORECAST')!, [SHOP.customers.map((c) => [c]), SHOP.days.map((d) => [d]), SHOP.amounts.map((a) => [a]), 52, undefined, 'weeks']) as (string | number)[][];
    expect(cells.length).toBeGreaterThan(5);
    expect(cells.map((row) => row[0])).toEqual(table.slice(0, cells.length).map((row) => row[0]));
    expect(cells[0]).toHaveLength(4);
    await page.click('#use-selected-cell');
    await page.waitForFunction(() => (document.getElementById('target-cell') as HTMLInputElement).value !== '');
    await page.click('#insert');
    await page.waitForSelector('.status code');
    const last = SHOP.customers.length + 1;
    expect((await book()).formulas['Orders!F1']).toBe(call(host, `CLV_FORECAST(A2:A${last}, B2:B${last}, C2:C${last}, 52, , "weeks")`));
    await page.screenshot({ path: join(SCREENSHOTS, `wizard-clv-forecast-${host}-${language}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe.each(['excel', 'sheets'] as const)('the dashboard tab in %s', (host) => {
  const dashboardTab = async (page: Page) => {
    await page.click('#tab-template');
    await page.waitForSelector('#insert-template', { state: 'visible' });
  };

  it('builds the dashboard over the sheet in one screen: its columns and statuses proposed, its rows read in place', async () => {
    const { page, problems } = await open(host, 'en', workbook(host, 'H1'));
    await dashboardTab(page);
    await page.click('#read-own-sheet');
    await page.waitForSelector('#build-own-dashboard');
    const field = (key: string) => page.$eval(`#field-deals-${key}`, (s) => (s as HTMLSelectElement).value);
    // Deals: Id, Source, Status, Amount, Created, Closed.
    expect([await field('status'), await field('amount'), await field('created'), await field('closed'), await field('source')]).toEqual(['2', '3', '4', '5', '1']);
    expect(await page.$$eval('.own-status-table tbody tr', (rows) => rows.map((row) => [row.children[0].textContent, row.children[1].textContent, (row.querySelector('select') as HTMLSelectElement).value])))
      .toEqual([['Won', '2', 'won'], ['Lost', '1', 'lost'], ['Open', '1', 'open']]);
    await page.click('#build-own-dashboard');
    await page.waitForFunction(() => /Dashboard/.test(document.querySelector('#panel-template .status:last-child')?.textContent ?? ''));
    const state = await page.evaluate(() => {
      const w = window as unknown as { __book: { sheets: Record<string, unknown>; formulas: Record<string, string>; template?: { names: { name: string; formula: string }[] } } };
      return { sheets: Object.keys(w.__book.sheets), formulas: w.__book.formulas, names: w.__book.template?.names ?? [] };
    });
    // The user's Deals sheet takes the first set of names' sheet: the dashboard gets the next set.
    expect(state.sheets).toEqual(['Deals', 'Dashboard (2)']);
    if (host === 'excel') {
      expect(state.formulas['Dashboard (2)!B5']).toBe('=KPI.WIN_RATE(Deals_2_Status, Status_Won_2, Status_Lost_2)');
      expect(state.names.find((n) => n.name === 'Deals_2_Status')?.formula).toBe('=Deals!$C$2:INDEX(Deals!$C:$C,MATCH(2,1/(Deals!$C:$C<>"")))');
    } else {
      expect(state.formulas['Dashboard (2)!B5']).toBe('=WIN_RATE(Deals!C2:C, Status_Won_2, Status_Lost_2)');
    }
    // Nothing on the user's sheet was written.
    expect(Object.keys(state.formulas).filter((a1) => a1.startsWith('Deals!'))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `own-dashboard-${host}-en.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('inserts the template with one click and says where it went', async () => {
    const { page, problems } = await open(host, 'en', workbook(host, 'H1'));
    await dashboardTab(page);
    expect(await page.textContent('#panel-template')).toContain('nothing already in the file changes');
    await page.click('#insert-template');
    await page.waitForFunction(() => /The dashboard is on the sheet/.test(document.querySelector('#panel-template .status')?.textContent ?? ''));
    const status = await page.textContent('#panel-template .status');
    const state = await page.evaluate(() => {
      const w = window as unknown as { __book: { sheets: Record<string, unknown>; formulas: Record<string, string>; template?: { tables: unknown[]; names: { name: string }[]; charts: { type: string }[]; conditionalFormats: { type: string }[] }; templateLanguage?: string }; __documentSettings?: Record<string, unknown> };
      return {
        sheets: Object.keys(w.__book.sheets), formulas: w.__book.formulas, template: w.__book.template, language: w.__book.templateLanguage,
        settings: w.__documentSettings, startup: (window as unknown as { __startupBehavior?: string }).__startupBehavior,
      };
    });
    if (host === 'excel') {
      // The real builder ran in the task pane's bundle: the user's Deals sheet moved it to its second set of names.
      expect(status).toBe('The dashboard is on the sheet Dashboard (2). Teammates with the Sales KPI add-in get its functions as soon as they open this workbook, and this pane opens by itself where their installation allows it.');
      expect(state.sheets).toEqual(['Deals', 'Dashboard (2)', 'Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)']);
      expect(state.formulas['Dashboard (2)!B5']).toBe('=KPI.WIN_RATE(Deals_2[Status], Status_Won_2, Status_Lost_2)');
      expect(state.template!.tables).toHaveLength(5);
      expect(state.template!.names.map((n) => n.name)).toEqual([
        'Status_Value_2', 'Status_Count_2', 'Status_Amount_2', 'Status_Cost_2', 'Status_Outcome_2', 'Status_Won_2', 'Status_Lost_2',
        'Funnel_Stage_2', 'Funnel_Count_2', 'Rfm_Segment_2', 'Clv_Customer_2', 'Clv_Value_2',
      ]);
      expect(state.template!.charts.map((c) => c.type)).toEqual(['BarClustered', 'Pie', 'ColumnClustered', 'ColumnClustered', 'ColumnClustered']);
      // The cohort triangle's colour scale.
      expect(state.template!.conditionalFormats.map((c) => c.type)).toEqual(['ColorScale']);
      expect(state.settings).toEqual({ 'Office.AutoShowTaskpaneWithDocument': true });
      // The add-in's runtime, and so its functions, load whenever the workbook opens, pane or no pane.
      expect(state.startup).toBe('Load');
    } else {
      expect(status).toBe('The dashboard is on the sheet Dashboard.');
      expect(state.language).toBe('en');
    }
    expect(await page.isEnabled('#insert-template')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `template-${host}-en.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('offers it right to left in Persian, by keyboard', async () => {
    const { page, problems } = await open(host, 'fa', workbook(host, 'H1'));
    await page.focus('#tab-template');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#insert-template', { state: 'visible' });
    expect(await page.textContent('#tab-template')).toBe('داشبورد');
    await page.focus('#insert-template');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /داشبورد در برگهٔ/.test(document.querySelector('#panel-template .status')?.textContent ?? ''));
    expect(await page.textContent('#panel-template .status')).toMatch(host === 'excel' ? /^داشبورد در برگهٔ داشبورد \(2\) است\. هم‌تیمی‌هایی/ : /^داشبورد در برگهٔ داشبورد است\.$/);
    await page.screenshot({ path: join(SCREENSHOTS, `template-${host}-fa.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  if (host === 'sheets') {
    it('says what went wrong when the template cannot go in, and lets the user try again', async () => {
      const { page } = await open(host, 'en', workbook(host, 'H1'));
      await page.evaluate(() => { (window as unknown as { __templateFailure: string }).__templateFailure = 'You need edit access to this spreadsheet.'; });
      await dashboardTab(page);
      await page.click('#insert-template');
      await page.waitForFunction(() => /edit access/.test(document.querySelector('#panel-template .status')?.textContent ?? ''));
      expect(await page.textContent('#panel-template .status')).toBe('You need edit access to this spreadsheet.');
      expect(await page.isEnabled('#insert-template')).toBe(true);
      await page.close();
    }, 30_000);
  }
});
