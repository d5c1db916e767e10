// Bench of the browser workbook in Chromium: opening 10k–300k deals with and without fixed row heights, edits to durable storage, files in and out, the page's longest stall.
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from './browser';
import { createStaticServer } from './dev-server';
import { zerosBomb, zipOfOnePart } from './zip-fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEAL_ROWS = 100_000;
const OPEN_SIZES = [10_000, 100_000, 300_000];
const EDITS = 200;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** tsx names the functions handed to page.evaluate with a helper of its own; the page gets a stand-in. */
const TSX_NAME_HELPER = 'globalThis.__name = (fn) => fn;';

/** Records the main thread's long tasks (its stalls) from the page's start, in `window.stalls`. */
async function watchStalls(page: Page): Promise<void> {
  await page.addInitScript(TSX_NAME_HELPER);
  await page.addInitScript(() => {
    const stalls: { start: number; duration: number }[] = [];
    (window as unknown as { stalls: typeof stalls }).stalls = stalls;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) stalls.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page, opened on what it stores, with the bench helpers and a record of long tasks (the main thread's stalls). */
async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await watchStalls(page);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined, undefined, { timeout: 120_000 });
  await page.addScriptTag({ url: `${origin}/bench-page.js` });
  return page;
}

/** The longest stall of the main thread since `since` (performance.now() in the page). */
function longestStall(page: Page, since: number): Promise<number> {
  return page.evaluate((since) => Math.max(0, ...(window as unknown as { stalls: { start: number; duration: number }[] }).stalls.filter((s) => s.start + s.duration >= since).map((s) => s.duration)), since);
}

const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * `EDITS` edits of one cell, each timed from the dispatch to its acknowledgement, which comes only once
 * IndexedDB has committed it; and the longest the page was blocked meanwhile.
 */
async function timeEdits(page: Page, sheet: string, col: number): Promise<{ median: number; worst: number; journal: number; journalWorst: number; stall: number }> {
  const since = await now(page);
  const times = await page.evaluate(async ({ sheet, col, edits }) => {
    const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown>; dispatch(t: string, p: unknown): unknown } } } }).salesKpi.workbook.model;
    const sheetId = model.getters.getSheetIdByName(sheet);
    const out: number[] = [];
    const journal: number[] = [];
    const stored = () => new Promise<void>((resolve) => {
      const check = () => (model.getters.isFullySynchronized() ? resolve() : setTimeout(check, 0));
      check();
    });
    for (let i = 0; i < edits; i++) {
      const t0 = performance.now();
      // The journal is written before dispatch returns.
      model.dispatch('UPDATE_CELL', { sheetId, col, row: 200 + (i % 50), content: `edit ${i}` });
      journal.push(performance.now() - t0);
      await stored();
      out.push(performance.now() - t0);
    }
    return { out, journal };
  }, { sheet, col, edits: EDITS });
  return { median: median(times.out), worst: Math.max(...times.out), journal: median(times.journal), journalWorst: Math.max(...times.journal), stall: await longestStall(page, since) };
}

/** Opens `name` through the file picker; the time until the page says it opened it, and the longest stall meanwhile. */
async function timeOpenFile(page: Page, name: string, buffer: Buffer): Promise<{ time: number; stall: number; message: string }> {
  const since = await now(page);
  const t0 = Date.now();
  await page.setInputFiles('#open-file', { name, mimeType: 'text/csv', buffer });
  await page.waitForFunction((name) => (document.querySelector('.toolbar .message')?.textContent ?? '').includes(name), name, { timeout: 120_000 });
  return { time: Date.now() - t0, stall: await longestStall(page, since), message: (await page.textContent('.toolbar .message')) ?? '' };
}

const CSV_50 = Buffer.from(`Deal,Status,Amount,Created,Closed\n${Array.from({ length: 50 }, (_, i) => `N-${i},${i % 3 ? 'Won' : 'Lost'},${1000 + 37 * i},2025-01-${String(1 + (i % 28)).padStart(2, '0')},2025-03-${String(1 + (i % 28)).padStart(2, '0')}`).join('\n')}\n`);

/**
 * The time o-spreadsheet takes to make its model over the bench page's workbook `maker(deals, false)`, then
 * over `maker(deals, true)`, each in a fresh page, printed as one line with their ratio.
 */
async function compareModelLoads(browser: Browser, origin: string, maker: 'workbookData' | 'ownDashboardData', deals: number): Promise<void> {
  const times: Record<string, number> = {};
  for (const variant of [false, true]) {
    const page = await openPage(browser, origin);
    times[String(variant)] = await page.evaluate(({ maker, deals, variant }) => {
      const { data } = (window as unknown as { benchPage: Record<string, (n: number, v: boolean) => { data: unknown }> }).benchPage[maker](deals, variant);
      const engine = (window as unknown as { o_spreadsheet: { Model: new (d: unknown, c: unknown, m: unknown[]) => unknown } }).o_spreadsheet;
      const t0 = performance.now();
      new engine.Model(data, {}, []);
      return performance.now() - t0;
    }, { maker, deals, variant });
    await page.close();
  }
  console.log(`    ${deals.toLocaleString('en-US').padStart(7)} deals: ${ms(times.false).padStart(9)} → ${ms(times.true).padStart(9)} (ratio ${(times.true / times.false).toFixed(2)})`);
}

export async function benchWeb(): Promise<void> {
  const search = findBrowser();
  if ('problem' in search) {
    console.log(`browser workbook bench skipped: ${search.problem}`);
    return;
  }
  await build({ entryPoints: [join(root, 'scripts/bench-web-page.ts')], outfile: join(root, 'dist/web/bench-page.js'), bundle: true, format: 'iife', target: 'es2022', platform: 'browser', logLevel: 'silent' });
  const server = createStaticServer(join(root, 'dist/web'), undefined, 'index.html');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: search.found, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--max-old-space-size=16384'] });
  try {
    console.log('\n=== browser workbook (o-spreadsheet in Chromium)');
    // 1. Opening: o-spreadsheet's model over the template, data sheets with fixed row heights or measured.
    console.log('  opening the template (new Model, our functions evaluated), rows measured → rows at fixed heights:');
    // BENCH_WEB_OPEN=0 leaves this part out (it takes about three minutes).
    for (const deals of process.env.BENCH_WEB_OPEN === '0' ? [] : OPEN_SIZES) await compareModelLoads(browser, origin, 'workbookData', deals);

    // 1b. The dashboard built over an opened export: the sheet alone, then with the dashboard reading all its rows.
    console.log('  a HubSpot-shaped export opened as a sheet → with the dashboard built over it (new Model, our functions evaluated):');
    for (const deals of [10_000, DEAL_ROWS]) await compareModelLoads(browser, origin, 'ownDashboardData', deals);

    // 2. Edits to durable storage, and files, on the sample and on 100,000 deals.
    for (const deals of [0, DEAL_ROWS]) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      const setup = await context.newPage();
      await setup.goto(`${origin}/index.html`);
      await setup.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined, undefined, { timeout: 120_000 });
      let cells = 0;
      if (deals > 0) {
        await setup.addScriptTag({ url: `${origin}/bench-page.js` });
        cells = await setup.evaluate((deals) => (window as unknown as { benchPage: { storeWorkbook(n: number): Promise<number> } }).benchPage.storeWorkbook(deals), deals);
      }
      await setup.close();
      const t0 = Date.now();
      const page = await context.newPage();
      await watchStalls(page);
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined && document.querySelector('.o-grid') !== null, undefined, { timeout: 180_000 });
      const opened = Date.now() - t0;
      const label = deals ? `${deals.toLocaleString('en-US')} deals (${cells.toLocaleString('en-US')} cells)` : 'the sample';
      console.log(`  ${label}: page opened from storage in ${ms(opened)}`);
      await page.waitForTimeout(1000);
      const free = await timeEdits(page, 'Dashboard', 30);
      console.log(`    ${EDITS} edits of a free cell: in the localStorage journal (dispatch returned) median ${ms(free.journal)}, worst ${ms(free.journalWorst)};`);
      console.log(`      committed to IndexedDB (its complete event) median ${ms(free.median)}, worst ${ms(free.worst)}; longest stall ${ms(free.stall)}`);
      const status = await page.evaluate(() => {
        const model = (window as unknown as { salesKpi: { workbook: { model: { getters: Record<string, (...a: unknown[]) => unknown>; dispatch(t: string, p: unknown): unknown } } } }).salesKpi.workbook.model;
        const t0 = performance.now();
        model.dispatch('UPDATE_CELL', { sheetId: model.getters.getSheetIdByName('Deals'), col: 4, row: 1, content: 'Won' });
        return performance.now() - t0;
      });
      console.log(`    an edit the dashboard depends on (a deal's status): the engine's recalculation blocks ${ms(status)}`);
      const csv = await timeOpenFile(page, 'fifty.csv', CSV_50);
      console.log(`    opening a 50-row CSV: ${ms(csv.time)} to "${csv.message}"; longest stall ${ms(csv.stall)}`);
      const since = await now(page);
      const e0 = Date.now();
      const download = page.waitForEvent('download', { timeout: 300_000 });
      await page.click('#export-xlsx');
      await download;
      console.log(`    exporting .xlsx (in a worker, from storage): ${ms(Date.now() - e0)}; longest stall ${ms(await longestStall(page, since))}`);
      if (deals === 0) {
        const { deflated, expanded } = zerosBomb();
        const bomb = zipOfOnePart(deflated, expanded);
        const b = await timeOpenFile(page, 'bomb.xlsx', bomb);
        console.log(`    a ${(bomb.length / 1e6).toFixed(1)} MB zip bomb (2 GiB of zeros): refused in ${ms(b.time)}; longest stall ${ms(b.stall)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
