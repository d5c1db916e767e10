// The browser workbook keeps every edit, in Chromium on the real engine: reloads, closed tabs, two tabs, failing storage, damaged logs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repeatedDeflate, SHEET_PART, zerosBomb, zipOfOnePart } from '../../scripts/zip-fixtures';
import { SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';
import { fill } from '../../ui/wizard/wizard-strings';
import { WORKBOOK_STRINGS } from '../../web-workbook/workbook-strings';

const served = useServedChromium('dist/web');

type Getters = Record<string, (...a: unknown[]) => unknown>;
interface PageWindow { salesKpi?: { workbook: { model: { getters: Getters; dispatch(t: string, p?: unknown): unknown }; state: { kind: string } } } }

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 900 } });
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as PageWindow).salesKpi !== undefined && document.querySelector('.o-grid') !== null);
}

/** A tab of the workbook in `context`, once it has opened. */
async function openTab(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(`${served.origin}/index.html`);
  await ready(page);
  return { page, problems };
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await ready(page);
}

/** Types a value into a cell of the dashboard through the engine's command, as an edit in the grid ends. */
function edit(page: Page, xc: string, content: string): Promise<void> {
  return page.evaluate(({ xc, content }) => {
    const model = (window as PageWindow).salesKpi!.workbook.model;
    // The dashboard is named in the page's language; it is the sheet a first visit opens on.
    const sheetId = model.getters.getSheetIdByName('Dashboard') ?? model.getters.getActiveSheetId();
    model.dispatch('UPDATE_CELL', { sheetId, col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1, content });
  }, { xc, content });
}

function cell(page: Page, xc: string, sheet = 'Dashboard'): Promise<unknown> {
  return page.evaluate(({ xc, sheet }) => {
    const model = (window as PageWindow).salesKpi!.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    if (!sheetId) return '(no sheet)';
    return (model.getters.getEvaluatedCell({ sheetId, col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1 }) as { value: unknown }).value;
  }, { xc, sheet });
}

/** Waits (up to 5 s) until a cell of the Dashboard shows `value`: another tab's edit arriving, say. */
function untilCell(page: Page, xc: string, value: string): Promise<unknown> {
  return page.waitForFunction(({ xc, value }) => {
    const model = (window as PageWindow).salesKpi!.workbook.model;
    const position = { sheetId: model.getters.getSheetIdByName('Dashboard'), col: xc.charCodeAt(0) - 65, row: Number(xc.slice(1)) - 1 };
    return (model.getters.getEvaluatedCell(position) as { value: unknown }).value === value;
  }, { xc, value }, { timeout: 5000 });
}

/** What IndexedDB holds, read with IndexedDB itself: the head, the snapshot's seq and the log's entries. */
function stored(page: Page): Promise<{ head: { seq: number; revisionId: string } | undefined; snapshotSeq: number | undefined; log: number; version: number }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('sales-kpi');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('log')) { db.close(); resolve({ head: undefined, snapshotSeq: undefined, log: 0, version: db.version }); return; }
      const t = db.transaction(['meta', 'snapshots', 'log']);
      const head = t.objectStore('meta').get('current');
      const snapshot = t.objectStore('snapshots').get('current');
      const log = t.objectStore('log').count();
      t.oncomplete = () => { db.close(); resolve({ head: head.result, snapshotSeq: snapshot.result?.seq, log: log.result, version: db.version }); };
      t.onerror = () => reject(t.error);
    };
    open.onerror = () => reject(open.error);
  }));
}

const saveState = (page: Page) => page.evaluate(() => {
  const element = document.getElementById('save-state')!;
  return element.hidden ? '' : element.textContent ?? '';
});

describe('an edit survives a reload or a closed tab, whenever it comes', () => {
  it.each([0, 50, 200])('is there after a reload %i ms after it', async (delay) => {
    const context = await newContext(served.browser);
    const { page, problems } = await openTab(context);
    await edit(page, 'A40', `typed ${delay}`);
    if (delay > 0) await page.waitForTimeout(delay);
    await reload(page);
    expect(await cell(page, 'A40')).toBe(`typed ${delay}`);
    // And again after a second reload, now from the log.
    await edit(page, 'A41', 'second');
    await reload(page);
    expect([await cell(page, 'A40'), await cell(page, 'A41')]).toEqual([`typed ${delay}`, 'second']);
    expect(await saveState(page)).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps ten quick edits made just before a reload', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    for (let i = 0; i < 10; i++) await edit(page, `C${50 + i}`, String(i));
    await reload(page);
    const values = [];
    for (let i = 0; i < 10; i++) values.push(await cell(page, `C${50 + i}`));
    expect(values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await context.close();
  }, 60_000);

  it('is there when its tab was closed 50 ms after it', async () => {
    const context = await newContext(served.browser);
    const first = await openTab(context);
    await edit(first.page, 'A42', 'before closing');
    await first.page.waitForTimeout(50);
    await first.page.close();
    const second = await openTab(context);
    await untilCell(second.page, 'A42', 'before closing');
    await context.close();
  }, 60_000);

  it('keeps everything through the language switch', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    await edit(page, 'A43', 'before switching');
    await page.selectOption('#language', 'el');
    await page.waitForFunction(() => document.documentElement.lang === 'el' && (window as PageWindow).salesKpi !== undefined && document.querySelector('.o-grid') !== null);
    expect(await cell(page, 'A43')).toBe('before switching');
    await context.close();
  }, 60_000);
});

describe('two tabs of one workbook', () => {
  it('stay in step, and both tabs\' edits survive both reloading', async () => {
    const context = await newContext(served.browser);
    const one = await openTab(context);
    const two = await openTab(context);
    await edit(one.page, 'A45', 'from tab one');
    await edit(two.page, 'B45', 'from tab two');
    // Each tab shows the other's edit, without a reload.
    await untilCell(one.page, 'B45', 'from tab two');
    expect(await cell(two.page, 'A45')).toBe('from tab one');
    // Edits at the same moment in both, on the same row.
    await Promise.all([edit(one.page, 'C45', 'one again'), edit(two.page, 'D45', 'two again')]);
    await reload(one.page);
    await reload(two.page);
    for (const page of [one.page, two.page]) {
      expect([await cell(page, 'A45'), await cell(page, 'B45'), await cell(page, 'C45'), await cell(page, 'D45')]).toEqual(['from tab one', 'from tab two', 'one again', 'two again']);
    }
    await context.close();
  }, 90_000);

  it('a tab left open and only clicked, scrolled and selected in stores nothing, and overwrites nothing', async () => {
    const context = await newContext(served.browser);
    const stale = await openTab(context);
    const busy = await openTab(context);
    await edit(busy.page, 'A46', 'an hour of work');
    await busy.page.waitForTimeout(300);
    const before = await stored(busy.page);
    const grid = (await stale.page.locator('.o-grid').boundingBox())!;
    await stale.page.mouse.click(grid.x + 200, grid.y + 100);
    await stale.page.mouse.click(grid.x + 400, grid.y + 300);
    await stale.page.mouse.wheel(0, 2000);
    await stale.page.keyboard.press('ArrowDown');
    await stale.page.keyboard.press('Shift+ArrowRight');
    await stale.page.waitForTimeout(1000);
    expect(await stored(busy.page)).toEqual(before);
    await reload(busy.page);
    expect(await cell(busy.page, 'A46')).toBe('an hour of work');
    await context.close();
  }, 60_000);
});

/** A page whose IndexedDB.open fails `times` times (with the error `name`), then works. */
async function failOpen(context: BrowserContext, times: number, name = 'UnknownError'): Promise<void> {
  await context.addInitScript(({ times, name }) => {
    const real = IDBFactory.prototype.open;
    let left = times;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      if (left-- > 0) throw new DOMException('The storage is busy', name);
      return real.apply(this, args);
    };
  }, { times, name });
}

describe('storage that fails', () => {
  it('retries a read that fails once at load, and opens the stored workbook', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    await edit(page, 'A47', 'kept');
    await page.waitForTimeout(300);
    await failOpen(context, 1);
    await reload(page);
    expect(await cell(page, 'A47')).toBe('kept');
    expect(await saveState(page)).toBe('');
    await context.close();
  }, 60_000);

  it('says a stored workbook may exist when reading keeps failing, and never writes over it', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    await edit(page, 'A48', 'the real work');
    await page.waitForTimeout(300);
    const before = await stored(page);
    await failOpen(context, 3);
    await reload(page);
    expect(await saveState(page)).toContain('A workbook may be saved in this browser, but it could not be read: the browser\'s storage did not answer. It was not opened and nothing is written over it');
    expect(await cell(page, 'A48')).toBe(null);
    await edit(page, 'A48', 'typed on the sample');
    await page.waitForTimeout(500);
    expect(await stored(page)).toEqual(before);
    await context.close();
  }, 60_000);

  it('shows "not saved" while the disk is full, until a save works, and offers the export', async () => {
    const context = await newContext(served.browser);
    await context.addInitScript(() => {
      const real = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return real.apply(this, args);
      };
    });
    const { page } = await openTab(context);
    await page.evaluate(() => { (window as unknown as { diskFull: boolean }).diskFull = true; });
    await edit(page, 'A49', 'typed while full');
    await page.waitForFunction(() => !document.getElementById('save-state')!.hidden);
    expect(await saveState(page)).toBe('Not saved: the browser\'s storage for this page is full. Free space (or delete other sites\' data) and it saves again by itself. Your work is in this tab only; export it to keep a copy.Export .xlsx');
    // Another message does not hide it.
    await page.setInputFiles('#open-file', { name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from('Score\n10\n') });
    await page.waitForFunction(() => /survey\.csv/.test(document.querySelector('.toolbar .message')?.textContent ?? ''));
    expect(await saveState(page)).toContain('Not saved: the browser\'s storage for this page is full.');
    expect(await page.isVisible('#export-unsaved')).toBe(true);
    // Space again: the edits made meanwhile are stored, and the line goes.
    await page.evaluate(() => { (window as unknown as { diskFull: boolean }).diskFull = false; });
    await page.waitForFunction(() => document.getElementById('save-state')!.hidden, undefined, { timeout: 10_000 });
    await page.waitForFunction(() => (window as unknown as { salesKpi: { workbook: { model: { getters: { isFullySynchronized(): boolean } } } } }).salesKpi.workbook.model.getters.isFullySynchronized(), undefined, { timeout: 10_000 });
    await reload(page);
    expect(await cell(page, 'A49')).toBe('typed while full');
    expect(await cell(page, 'A2', 'survey (2)')).toBe(10);
    await context.close();
  }, 60_000);

  it('says in a plain sentence when the browser gives the page no storage, and still works', async () => {
    const context = await newContext(served.browser);
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const { page, problems } = await openTab(context);
    expect(await saveState(page)).toContain('this browser gives the page no storage (a private window, or site data turned off).');
    await edit(page, 'A50', 'still works');
    expect(await cell(page, 'A50')).toBe('still works');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('leaves a newer version\'s storage alone and says so, in Greek too', async () => {
    const context = await browserContextIn(served.browser, 'el-GR');
    const page = await context.newPage();
    await page.goto(`${served.origin}/index.html`);
    await page.evaluate(() => new Promise<void>((resolve) => {
      const open = indexedDB.open('sales-kpi', 7);
      open.onupgradeneeded = () => open.result.createObjectStore('from-the-future');
      open.onsuccess = () => { open.result.close(); resolve(); };
    }));
    await reload(page);
    expect(await saveState(page)).toContain('το βιβλίο εργασίας σε αυτό το πρόγραμμα περιήγησης αποθηκεύτηκε από νεότερη έκδοση του Sales KPI');
    expect((await stored(page)).version).toBe(7);
    await context.close();
  }, 60_000);

  it('loses only a damaged entry of the log, and says so', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    await edit(page, 'A51', 'first');
    await edit(page, 'A52', 'damaged');
    await edit(page, 'A53', 'third');
    await page.waitForTimeout(300);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('sales-kpi');
      open.onsuccess = () => {
        const t = open.result.transaction('log', 'readwrite');
        const store = t.objectStore('log');
        const all = store.getAll();
        all.onsuccess = () => {
          const entry = all.result.find((e: { message: { commands: { content?: string }[] } }) => e.message.commands?.[0]?.content === 'damaged');
          store.put({ ...entry, message: '\u0000garbage' });
        };
        t.oncomplete = () => { open.result.close(); resolve(); };
        t.onerror = () => reject(t.error);
      };
    }));
    await reload(page);
    expect([await cell(page, 'A51'), await cell(page, 'A52'), await cell(page, 'A53')]).toEqual(['first', null, 'third']);
    expect(await page.textContent('.toolbar .message')).toBe('1 saved change(s) could not be read and were left out; everything else is here.');
    // And it goes on saving on top of it.
    await edit(page, 'A54', 'after');
    await reload(page);
    expect(await cell(page, 'A54')).toBe('after');
    await context.close();
  }, 60_000);
});

function browserContextIn(browser: Browser, locale: string): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
}

const sheetCount = (page: Page) => page.evaluate(() => ((window as PageWindow).salesKpi!.workbook.model.getters.getSheetIds as () => string[])().length);

describe('files cannot take the page down', () => {
  const zeros = zerosBomb().deflated;
  const rowXml = Buffer.from('<row r="1"><c r="A1" t="n"><v>1</v></c></row>'.repeat(23_000));
  const bigSheet = repeatedDeflate(rowXml, Math.ceil((300 * 1024 * 1024) / rowXml.length));

  it.each([
    ['a 2 MB zip of 2 GiB of zeros', 'bomb.xlsx', zipOfOnePart(zeros, 2 ** 31)],
    ['the same zip declaring 1 KB', 'liar.xlsx', zipOfOnePart(zeros, 1024)],
    [`a ${SHEET_PART} of 300 MB`, 'huge-sheet.xlsx', zipOfOnePart(bigSheet, Math.ceil((300 * 1024 * 1024) / rowXml.length) * rowXml.length)],
  ])('refuses %s with a message, and keeps the edit typed before it', async (_, name, bytes) => {
    const context = await newContext(served.browser);
    const { page, problems } = await openTab(context);
    await edit(page, 'A60', 'typed before the file');
    const sheets = await sheetCount(page);
    await page.setInputFiles('#open-file', { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await page.waitForFunction(() => document.querySelector('.toolbar .message.problem') !== null, undefined, { timeout: 5000 });
    expect(await page.textContent('.toolbar .message')).toBe(`Could not open ${name}: it would expand to far more than any spreadsheet holds (a zip bomb), so it was not unpacked. Nothing was changed.`);
    expect(await sheetCount(page)).toBe(sheets);
    await reload(page);
    expect(await cell(page, 'A60')).toBe('typed before the file');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens an .xlsx it exported itself as a workbook of its own, the checks passing a real workbook, every Dashboard value as it was', async () => {
    const context = await browserContextWithDownloads(served.browser);
    const { page } = await openTab(context);
    // The cells of the Dashboard's size when it was exported (the file may give it a few more empty columns).
    const dashboard = (size?: { rows: number; cols: number }) => page.evaluate((size) => {
      const getters = (window as PageWindow).salesKpi!.workbook.model.getters as unknown as Record<string, (...args: unknown[]) => unknown>;
      const sheetId = getters.getSheetIdByName('Dashboard') as string;
      const rows = size?.rows ?? (getters.getNumberRows(sheetId) as number);
      const cols = size?.cols ?? (getters.getNumberCols(sheetId) as number);
      const out: unknown[] = [];
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) out.push((getters.getEvaluatedCell({ sheetId, col, row }) as { value: unknown }).value);
      }
      return { values: out, rows, cols, sheets: (getters.getSheetIds() as string[]).map((id) => getters.getSheetName(id)) };
    }, size);
    const before = await dashboard();
    const download = page.waitForEvent('download');
    await page.click('#export-xlsx');
    const file = await (await download).path();
    await page.setInputFiles('#open-file', { name: 'exported.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(file!) });
    await page.waitForURL(/workbook=w/, { timeout: 20_000 });
    await page.waitForFunction(() => /exported\.xlsx/.test(document.querySelector('.toolbar .message')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.textContent('.toolbar .message')).toBe('Opened \u2068exported.xlsx\u2069 as a new workbook, “exported”. The workbook you had open is in the list of workbooks.');
    expect(await page.textContent('#workbooks')).toBe('Workbooks: exported');
    const after = await dashboard(before);
    expect(after.sheets).toEqual(before.sheets);
    const differences = before.values.flatMap((value, i) => {
      const other = after.values[i];
      const same = typeof value === 'number' && typeof other === 'number' ? Math.abs(value - other) <= 1e-9 * Math.max(1, Math.abs(value)) : (value ?? '') === (other ?? '');
      return same ? [] : [`cell ${i}: ${String(value)} → ${String(other)}`];
    });
    expect(differences.slice(0, 10)).toEqual([]);
    expect(before.values.filter((v) => v !== null && v !== '' && v !== undefined).length).toBeGreaterThan(2000);
    await context.close();
  }, 90_000);

  it('shows progress on a long read and cancels it, changing nothing', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    const sheets = await sheetCount(page);
    const rows = Array.from({ length: 400_000 }, (_, i) => `D-${i},Won,${1000 + (i % 977)},2024-0${1 + (i % 9)}-1${i % 10}`);
    const csv = Buffer.from(`Deal,Status,Amount,Closed\n${rows.join('\n')}\n`);
    await page.setInputFiles('#open-file', { name: 'big.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForSelector('#cancel-task', { timeout: 10_000 });
    expect(await page.textContent('.toolbar .busy')).toContain('Reading big.csv…');
    await page.click('#cancel-task');
    await page.waitForFunction(() => document.querySelector('.toolbar .message')?.textContent === 'Cancelled; nothing was changed.');
    expect(await page.isVisible('.toolbar .busy')).toBe(false);
    await page.waitForTimeout(500);
    expect(await sheetCount(page)).toBe(sheets);
    await context.close();
  }, 60_000);

  it('adds a file as one undoable step after the cell being typed, keeping the history before it', async () => {
    const context = await newContext(served.browser);
    const { page } = await openTab(context);
    await edit(page, 'A61', 'an earlier edit');
    const sheets = await sheetCount(page);
    // Half-typed: a cell of the grid is being edited when the file comes.
    const grid = (await page.locator('.o-grid').boundingBox())!;
    await page.mouse.click(grid.x + 300, grid.y + 200);
    const typedAt = await page.evaluate(() => {
      const { col, row } = ((window as PageWindow).salesKpi!.workbook.model.getters.getActivePosition as () => { col: number; row: number })();
      return `${String.fromCharCode(65 + col)}${row + 1}`;
    });
    const original = await cell(page, typedAt);
    await page.keyboard.type('half typed');
    await page.setInputFiles('#open-file', { name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from('Score\n10\n9\n') });
    await page.waitForFunction(() => /survey\.csv/.test(document.querySelector('.toolbar .message')?.textContent ?? ''));
    expect(await sheetCount(page)).toBe(sheets + 1);
    expect(await cell(page, typedAt)).toBe('half typed');
    // An undo in a collaborative session is applied once storage accepts it.
    const undo = async () => {
      await page.evaluate(() => (window as PageWindow).salesKpi!.workbook.model.dispatch('REQUEST_UNDO'));
      await page.waitForFunction(() => ((window as PageWindow).salesKpi!.workbook.model.getters.isFullySynchronized as () => boolean)());
    };
    await undo();
    expect(await sheetCount(page)).toBe(sheets);
    expect(await cell(page, typedAt)).toBe('half typed');
    await undo();
    expect(await cell(page, typedAt)).toBe(original);
    await undo();
    expect(await cell(page, 'A61')).toBe(null);
    await context.close();
  }, 60_000);
});

function browserContextWithDownloads(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
}

describe('the snapshot and the log', () => {
  it('folds the log into a new snapshot in a worker, and a reload still has every edit', async () => {
    const context = await newContext(served.browser);
    const { page, problems } = await openTab(context);
    for (let i = 0; i < 5; i++) await edit(page, `E${70 + i}`, `row ${i}`);
    await page.waitForFunction(() => ((window as PageWindow).salesKpi!.workbook.model.getters.isFullySynchronized as () => boolean)());
    const before = await stored(page);
    expect(before.log).toBe(5);
    expect(await page.evaluate(() => (window as unknown as { salesKpi: { workbook: { snapshotNow(): Promise<boolean> } } }).salesKpi.workbook.snapshotNow())).toBe(true);
    const after = await stored(page);
    expect(after).toEqual({ ...before, snapshotSeq: 5, log: 0 });
    await edit(page, 'E75', 'after the snapshot');
    await reload(page);
    const values = [];
    for (let i = 0; i <= 5; i++) values.push(await cell(page, `E${70 + i}`));
    expect(values).toEqual(['row 0', 'row 1', 'row 2', 'row 3', 'row 4', 'after the snapshot']);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('inserting the template again in one tab reopens it in the other, and keeps the other\'s edit', async () => {
    const context = await newContext(served.browser);
    const one = await openTab(context);
    const two = await openTab(context);
    await edit(two.page, 'A80', 'typed in tab two');
    await untilCell(one.page, 'A80', 'typed in tab two');
    const sheets = await sheetCount(one.page);
    await one.page.evaluate(() => (window as unknown as { salesKpi: { workbook: { replace(b: (d: { sheets: unknown[] }) => unknown): Promise<void> } } }).salesKpi.workbook.replace((data) => ({ data: { ...data, sheets: [...data.sheets, { id: 'added', name: 'Added', cells: { A1: 'new' } }] } })));
    await two.page.waitForFunction((n) => ((window as PageWindow).salesKpi!.workbook.model.getters.getSheetIds as () => string[])().length === n, sheets + 1, { timeout: 10_000 });
    expect(await cell(two.page, 'A80')).toBe('typed in tab two');
    expect(await cell(two.page, 'A1', 'Added')).toBe('new');
    await reload(two.page);
    expect(await cell(two.page, 'A1', 'Added')).toBe('new');
    await context.close();
  }, 60_000);
});

describe.each([['en-US', 'en'], ['fa-IR', 'fa'], ['el-GR', 'el']] as const)('the "not saved" line in %s', (locale, language) => {
  it('says in the page\'s language that the work is not kept, with the export beside it', async () => {
    const context = await browserContextIn(served.browser, locale);
    await context.addInitScript(() => {
      IDBObjectStore.prototype.add = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    });
    const { page } = await openTab(context);
    await edit(page, 'A90', 'not kept yet');
    await page.waitForFunction(() => !document.getElementById('save-state')!.hidden);
    const strings = WORKBOOK_STRINGS[language];
    expect(await page.textContent('#save-state')).toBe(fill(strings.notKept, { reason: strings.storage.quota }) + strings.export);
    await page.screenshot({ path: join(SCREENSHOTS, `web-not-saved-${language}.png`), clip: { x: 0, y: 0, width: 1020, height: 160 } });
    await context.close();
  }, 60_000);
});
