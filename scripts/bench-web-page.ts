// Bench helpers loaded into the browser workbook's page by scripts/bench-web.ts only: the template over many deals, built and stored in the page.
import { sampleData, type SampleTable } from '../ui/template/sample-data';
import { addTemplate, type WorkbookData } from '../web-workbook/workbook-data';
import { openDatabase, RECORD_FORMAT, START_REVISION } from '../web-workbook/workbook-store';

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

/** The dashboard template over `dealRows` deals; `fixedRows` false leaves row heights to the engine. */
function workbookData(dealRows: number, fixedRows = true): { data: WorkbookData; dashboard: string; cells: number } {
  const sample = sampleData(1);
  const { data, names } = addTemplate({ sheets: [], styles: {}, formats: {}, namedRanges: {} }, 'en', { ...sample, deals: manyDeals(sample.deals, dealRows) }, fixedRows);
  return { data, dashboard: names.dashboardSheet, cells: data.sheets.reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0) };
}

/** Stores the template over `dealRows` deals as the page's workbook, replacing what was stored (the next load opens it). */
async function storeWorkbook(dealRows: number): Promise<number> {
  const { data, cells } = workbookData(dealRows);
  const db = await openDatabase();
  const transaction = db.transaction(['meta', 'snapshots', 'log'], 'readwrite');
  transaction.objectStore('log').clear();
  transaction.objectStore('snapshots').put({ format: RECORD_FORMAT, seq: 0, data: { ...data, revisionId: START_REVISION } }, 'current');
  transaction.objectStore('meta').put({ format: RECORD_FORMAT, seq: 0, revisionId: START_REVISION, generation: 0 }, 'current');
  await new Promise((resolve, reject) => { transaction.oncomplete = resolve; transaction.onerror = () => reject(transaction.error); });
  db.close();
  return cells;
}

(globalThis as unknown as { benchPage: unknown }).benchPage = { workbookData, storeWorkbook };
