// Bench of the browser workbook in Chromium: 100,000 deal rows under the dashboard, the first full evaluation and a recalculation after one edit.
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { sampleData, type SampleTable } from '../ui/template/sample-data';
import { addTemplate } from '../web-workbook/workbook-data';
import { findBrowser } from './browser';
import { createStaticServer } from './dev-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEAL_ROWS = 100_000;
const RUNS = 3;

/** The sample's 500 deals repeated to `rows` rows, each with an id of its own. */
function manyDeals(deals: SampleTable, rows: number): SampleTable {
  const out = [];
  for (let i = 0; i < rows; i++) {
    const row = [...deals.rows[i % deals.rows.length]];
    row[0] = `D-${String(i + 1).padStart(6, '0')}`;
    out.push(row);
  }
  return { headers: deals.headers, rows: out };
}

/**
 * What runs in the page, as source text (tsx would add helpers to a function passed from here): loads
 * the data as one batch, reads the win rate, edits one deal's status and reads it again.
 */
const TIMED_LOAD = `async ({ data, dashboard }) => {
  const holder = window.salesKpi.workbook;
  const t0 = performance.now();
  holder.load(data, dashboard);
  const model = holder.model;
  const dash = model.getters.getSheetIdByName(dashboard);
  const first = model.getters.getEvaluatedCell({ sheetId: dash, col: 1, row: 4 }).value;
  const t1 = performance.now();
  // One edit: the first deal's status, Lost in the sample, becomes Won; the win rate must move.
  model.dispatch('UPDATE_CELL', { sheetId: model.getters.getSheetIdByName('Deals'), col: 4, row: 1, content: 'Won' });
  const second = model.getters.getEvaluatedCell({ sheetId: dash, col: 1, row: 4 }).value;
  const t2 = performance.now();
  return { load: t1 - t0, edit: t2 - t1, first, second };
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchWeb(): Promise<void> {
  const search = findBrowser();
  if ('problem' in search) {
    console.log(`browser workbook bench skipped: ${search.problem}`);
    return;
  }
  const sample = sampleData(1);
  const { data, names } = addTemplate({ sheets: [], styles: {}, formats: {}, namedRanges: {} }, 'en', { ...sample, deals: manyDeals(sample.deals, DEAL_ROWS) });
  const cells = data.sheets.reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0);
  const server = createStaticServer(join(root, 'dist/web'), undefined, 'index.html');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: search.found, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
    await page.waitForFunction(() => (window as unknown as { salesKpi?: unknown }).salesKpi !== undefined);
    const loads: number[] = [];
    const edits: number[] = [];
    let winRate: unknown;
    let afterEdit: unknown;
    for (let run = 0; run < RUNS; run++) {
      const timing = await page.evaluate(([source, arg]) => (0, eval)(source)(arg), [TIMED_LOAD, { data, dashboard: names.dashboardSheet }] as const) as { load: number; edit: number; first: unknown; second: unknown };
      loads.push(timing.load);
      edits.push(timing.edit);
      winRate = timing.first;
      afterEdit = timing.second;
    }
    console.log(`\n=== browser workbook (o-spreadsheet in Chromium), median of ${RUNS}`);
    console.log(`  ${DEAL_ROWS.toLocaleString('en-US')} deal rows, ${cells.toLocaleString('en-US')} cells in all (win rate on the dashboard: ${Number(winRate).toFixed(4)})`);
    console.log(`  load and first full evaluation of the dashboard: ${median(loads).toFixed(0)} ms`);
    console.log(`  recalculation after one edit (a deal's status):  ${median(edits).toFixed(0)} ms (win rate then ${Number(afterEdit).toFixed(6)})`);
  } finally {
    await browser.close();
    server.close();
  }
}
