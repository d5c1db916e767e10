// The list of workbooks in Chromium: new, open, rename, duplicate, delete with undo, restore, delete for good; each kept on its own; the page opens on the last used.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';

const served = useServedChromium('dist/web');

interface PageWindow { salesKpi?: { workbook: { model: { getters: Record<string, (...args: unknown[]) => unknown>; dispatch(t: string, p?: unknown): unknown }; flushed(ms?: number): Promise<boolean> } } }

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as PageWindow).salesKpi !== undefined && document.querySelector('.o-grid') !== null);
}

async function openPage(browser: Browser, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(`${served.origin}/index.html`);
  await ready(page);
  return { context, page, problems };
}

/** Types into a cell of the active sheet, and waits until it is stored. */
async function type(page: Page, xc: string, content: string): Promise<void> {
  await page.evaluate(async ({ xc, content }) => {
    const { model } = (window as PageWindow).salesKpi!.workbook;
    const sheetId = model.getters.getActiveSheetId() as string;
    model.dispatch('UPDATE_CELL', { sheetId, col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1, content });
    await (window as PageWindow).salesKpi!.workbook.flushed(3000);
  }, { xc, content });
}

const cell = (page: Page, xc: string) => page.evaluate((xc) => {
  const { getters } = (window as PageWindow).salesKpi!.workbook.model;
  return (getters.getEvaluatedCell({ sheetId: getters.getActiveSheetId(), col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1 }) as { value: unknown }).value;
}, xc);

const sheetNames = (page: Page) => page.evaluate(() => {
  const { getters } = (window as PageWindow).salesKpi!.workbook.model;
  return (getters.getSheetIds() as string[]).map((id) => getters.getSheetName(id) as string);
});

/** The list's rows as shown: name, and whether it is the open one or deleted. */
async function listed(page: Page): Promise<string[]> {
  if (await page.isHidden('#workbook-list')) await page.click('#workbooks');
  return page.$$eval('#workbook-list .workbook-item', (rows) => rows.map((row) => {
    const name = row.querySelector('.workbook-name')?.textContent ?? '';
    return row.classList.contains('deleted') ? `${name} (deleted)` : row.querySelector('.open-now') ? `${name} (open)` : name;
  }));
}

/** Clicks an action of a workbook's row in the list, and waits for the page it opens when it opens one. */
async function rowAction(page: Page, name: string, action: string, navigates = false): Promise<void> {
  if (await page.isHidden('#workbook-list')) await page.click('#workbooks');
  const row = page.locator('#workbook-list .workbook-item', { has: page.locator('.workbook-name', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });
  if (navigates) {
    await Promise.all([page.waitForEvent('load'), row.locator(action).click()]);
    await ready(page);
  } else await row.locator(action).click();
}

describe('the workbooks kept in this browser', () => {
  it('makes, renames, opens, duplicates and deletes workbooks, each kept on its own, and opens on the last used', async () => {
    const { context, page, problems } = await openPage(served.browser);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: My workbook');
    expect(await listed(page)).toEqual(['My workbook (open)']);
    await type(page, 'A60', 'kept in my workbook');

    await Promise.all([page.waitForEvent('load'), page.click('#workbook-list .new-workbook')]);
    await ready(page);
    expect(page.url()).toMatch(/\?workbook=w[0-9a-z]+/);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: Workbook');
    expect(await sheetNames(page)).toEqual(['Sheet1']);
    await type(page, 'A1', 'pipeline notes');

    await rowAction(page, 'Workbook', '.rename-workbook');
    await page.fill('#workbook-list .rename-input', 'Q4: pipeline');
    await page.press('#workbook-list .rename-input', 'Enter');
    expect(await page.textContent('#workbooks')).toBe('Workbooks: Q4: pipeline');
    const download = page.waitForEvent('download');
    await page.click('#export-xlsx');
    expect((await download).suggestedFilename()).toBe('Q4- pipeline.xlsx');

    // A reload stays on the workbook open; the page without an address opens the last used.
    await page.reload();
    await ready(page);
    expect(await cell(page, 'A1')).toBe('pipeline notes');
    await rowAction(page, 'My workbook', '.open-workbook', true);
    expect(await cell(page, 'A60')).toBe('kept in my workbook');
    await page.goto(`${served.origin}/index.html`);
    await ready(page);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: My workbook');

    await rowAction(page, 'Q4: pipeline', '.duplicate-workbook', true);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: Q4: pipeline (copy)');
    expect(await cell(page, 'A1')).toBe('pipeline notes');
    await type(page, 'A2', 'only in the copy');
    expect(await listed(page)).toEqual(['Q4: pipeline (copy) (open)', 'My workbook', 'Q4: pipeline']);
    await page.screenshot({ path: join(SCREENSHOTS, 'web-workbooks-en.png') });

    // Deleting the open workbook opens the last used one, with a way back.
    await rowAction(page, 'Q4: pipeline (copy)', '.delete-workbook', true);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: My workbook');
    expect(await page.textContent('.toolbar .message')).toBe('“Q4: pipeline (copy)” was deleted. Undo');
    await Promise.all([page.waitForEvent('load'), page.click('.toolbar .message .reading-choice')]);
    await ready(page);
    expect(await page.textContent('#workbooks')).toBe('Workbooks: Q4: pipeline (copy)');
    expect(await cell(page, 'A2')).toBe('only in the copy');

    // Another deleted from the list waits under Deleted until restored or deleted for good.
    await rowAction(page, 'Q4: pipeline', '.delete-workbook');
    expect(await listed(page)).toEqual(['Q4: pipeline (copy) (open)', 'My workbook', 'Q4: pipeline (deleted)']);
    await rowAction(page, 'Q4: pipeline', '.restore-workbook');
    expect(await listed(page)).toEqual(['Q4: pipeline', 'Q4: pipeline (copy) (open)', 'My workbook']);
    await rowAction(page, 'Q4: pipeline', '.delete-workbook');
    page.once('dialog', (dialog) => void dialog.accept());
    await rowAction(page, 'Q4: pipeline', '.forget-workbook');
    await page.waitForFunction(() => !document.querySelector('#workbook-list .deleted'));
    expect(await listed(page)).toEqual(['Q4: pipeline (copy) (open)', 'My workbook']);
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());
    expect(databases).toHaveLength(2);
    expect(databases).toContain('sales-kpi');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('asks, for an .xlsx that could be a workbook or data, and adds its sheets when told', async () => {
    const { context, page } = await openPage(served.browser);
    const { zipSync, strToU8 } = await import('fflate');
    const xml = {
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Scores" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Score</t></is></c></row><row r="2"><c r="A2"><v>9</v></c></row><row r="3"><c r="A3"><v>10</v></c></row><row r="4"><c r="A4"><f>A2+1</f><v>10</v></c></row></sheetData></worksheet>',
    };
    const bytes = zipSync(Object.fromEntries(Object.entries(xml).map(([path, text]) => [path, strToU8(text)])));
    const before = await sheetNames(page);
    await page.setInputFiles('#open-file', { name: 'scores.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await page.waitForFunction(() => (document.querySelector('.toolbar .message')?.textContent ?? '').includes('could be a workbook'));
    expect(await page.$$eval('.toolbar .message .reading-choice', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Open it as a workbook of its own', 'Add its sheets to this workbook']);
    expect(await sheetNames(page)).toEqual(before);
    await page.click('.toolbar .message .reading-choice:nth-of-type(2)');
    await page.waitForFunction(() => /^Opened scores\.xlsx/.test(document.querySelector('.toolbar .message')?.textContent ?? ''));
    expect((await sheetNames(page)).slice(-1)).toEqual(['scores']);
    await context.close();
  }, 60_000);

  it.each([['fa-IR', 'fa'], ['el-GR', 'el']])('shows the list in %s', async (locale, language) => {
    const { context, page } = await openPage(served.browser, locale);
    await page.click('#workbooks');
    const texts = await page.$$eval('#workbook-list .workbook-list-heading, #workbook-list button', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(texts.join(' ')).not.toMatch(/[A-Za-z]{3,}/);
    await page.screenshot({ path: join(SCREENSHOTS, `web-workbooks-${language}.png`) });
    await context.close();
  }, 60_000);
});

describe('the grid in the page language\'s locale', () => {
  const shown = (page: Page, sheet: string, xc: string) => page.evaluate(({ sheet, xc }) => {
    const { getters } = (window as PageWindow).salesKpi!.workbook.model;
    const position = { sheetId: getters.getSheetIdByName(sheet), col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1 };
    return { shown: (getters.getEvaluatedCell(position) as { formattedValue: string }).formattedValue, formula: getters.getCellText(position, { showFormula: true }) as string };
  }, { sheet, xc });

  it('shows the Greek dashboard with decimal commas and dots for thousands, its formulas with ;, and reads what is typed so', async () => {
    const { context, page, problems } = await openPage(served.browser, 'el-GR');
    expect((await shown(page, 'Πίνακας ελέγχου', 'B5')).shown).toBe('34,7%');
    expect((await shown(page, 'Πίνακας ελέγχου', 'B6')).shown).toBe('24.753');
    expect((await shown(page, 'Πίνακας ελέγχου', 'B5')).formula).toBe('=WIN_RATE(Deals_Status;Status_Won;Status_Lost)');
    // Typed in the grid as a Greek user types: a decimal comma, arguments apart with ;.
    await page.click('.o-grid', { position: { x: 300, y: 500 } });
    const at = await page.evaluate(() => (window as PageWindow).salesKpi!.workbook.model.getters.getActivePosition() as { col: number; row: number });
    const address = (row: number) => `${String.fromCharCode(65 + at.col)}${row + 1}`;
    await page.keyboard.type('2,5');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`=ROUND(${address(at.row)}*1,07; 1)`);
    await page.keyboard.press('Enter');
    expect([await cell(page, address(at.row)), await cell(page, address(at.row + 1))]).toEqual([2.5, 2.7]);
    await page.screenshot({ path: join(SCREENSHOTS, 'web-dashboard-locale-el.png') });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('sets a workbook kept in English to Persian\'s locale when the page is Persian, and says so', async () => {
    const { context, page } = await openPage(served.browser, 'en-US');
    await type(page, 'A60', '1234.5');
    expect((await shown(page, 'Dashboard', 'B6')).shown).toBe('24,753');
    await page.evaluate(() => localStorage.setItem('sales-kpi-language', 'el'));
    await page.reload();
    await ready(page);
    expect(await page.textContent('.toolbar .message')).toBe('Οι αριθμοί και οι ημερομηνίες εμφανίζονται πλέον όπως στα ελληνικά: 1.234,5 και 31/12/2024, και στους τύπους τα ορίσματα χωρίζονται με ερωτηματικό (;). Αλλάζει από το μενού File › Settings.');
    expect((await shown(page, 'Dashboard', 'B6')).shown).toBe('24.753');
    expect(await cell(page, 'A60')).toBe(1234.5);
    await page.evaluate(() => localStorage.setItem('sales-kpi-language', 'fa'));
    await page.reload();
    await ready(page);
    expect((await shown(page, 'Dashboard', 'B6')).shown).toBe('24,753');
    expect(await page.textContent('.toolbar .message')).toContain('فارسی (ایران)');
    await context.close();
  }, 60_000);
});
