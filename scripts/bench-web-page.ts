// Bench helpers loaded into the browser workbook's page by scripts/bench-web.ts only: the template over many deals, built and stored in the page.
import { sampleData, type SampleTable } from '../ui/template/sample-data';
import { addOwnDashboard, addTemplate, type WorkbookData } from '../web-workbook/workbook-data';
import { fileSheet } from '../web-workbook/file-import';
import { proposeOwnFields, statusesOf, type OwnSheet } from '../ui/template/own-data';
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

const STAGES = ['Closed won', 'Closed lost', 'Appointment scheduled', 'Qualified to buy', 'Contract sent'];
const SOURCES = ['Organic search', 'Paid search', 'Referrals', 'Email marketing', ''];

/**
 * A HubSpot-shaped export of `rows` deals opened as a sheet, and with `dashboard` the dashboard over it
 * with every proposal taken as it comes: what "Build the dashboard from this sheet" makes.
 */
function ownDashboardData(rows: number, dashboard: boolean): { data: WorkbookData; cells: number } {
  const headers = ['Record ID', 'Deal Stage', 'Amount', 'Create Date', 'Close Date', 'Deal owner', 'Original Traffic Source'];
  const values = Array.from({ length: rows }, (_, i) => {
    const created = 45292 + (i % 300);
    return [String(9_000_000_000 + i), STAGES[i % STAGES.length], 500 + ((i * 7919) % 40_000), created, created + 3 + (i % 80), ['Maria Lopez', 'Sam Lee', 'Ana Ruiz'][i % 3], SOURCES[i % SOURCES.length] || null];
  });
  const formats = [undefined, undefined, '#,##0', 'yyyy-mm-dd', 'yyyy-mm-dd', undefined, undefined];
  const { data: sheetData, sheet } = fileSheet([], 'hubspot-deals.csv', { headers, rows: values, formats });
  let data: WorkbookData = { ...sheetData };
  if (dashboard) {
    const own: OwnSheet = { sheet: sheet.name, headerRow: 0, columns: headers.map((header, col) => ({ header, col, cells: values.map((row) => row[col]) })) };
    const fields = Object.fromEntries([...proposeOwnFields(own)].map(([key, match]) => [key, match.col]));
    data = addOwnDashboard(data, own, { fields, statuses: statusesOf(own, fields['deals.status']) }, 'en').data;
  }
  return { data, cells: data.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0) };
}

(globalThis as unknown as { benchPage: unknown }).benchPage = { workbookData, storeWorkbook, ownDashboardData };
