// Inserts the dashboard template into the open spreadsheet: new data sheets with named ranges, the dashboard, its charts.
import type { Language } from '../core/translations';
import type { CellStyle, DashboardPlan, PlannedRange } from '../ui/template/layout';
import { dataSheet } from '../ui/template/sample-data';
import { readPackageHtml, withNames, type TemplatePackage } from '../ui/template/template-package';
import { freeTemplateNames, type TemplateNames } from '../ui/template/template-names';
import type { InsertedTemplate } from '../ui/wizard/host';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Blank rows under each data set: its named ranges run to the sheet's last row, so new rows there count. */
export const ROOM_FOR_DATA = 2000;

/** Grows a new sheet to at least `rows` × `cols`: getRange refuses cells past the sheet's edges. */
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
}

const cellRange = (sheet: Sheet, r: PlannedRange): Range => sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);

function style(range: Range, kind: CellStyle): void {
  switch (kind) {
    case 'title': range.setFontSize(16).setFontWeight('bold'); break;
    case 'note': range.setFontStyle('italic').setFontColor('#6b7280'); break;
    case 'section': range.setFontSize(12).setFontWeight('bold').setFontColor('#1d4ed8'); break;
    case 'header': range.setFontWeight('bold').setBackground('#e5e7eb').setWrap(true); break;
    case 'kpi': range.setFontWeight('bold'); break;
    case 'missing': range.setFontStyle('italic').setFontColor('#6b7280').setWrap(true); break;
    case 'outcome': range.setBackground('#fef9c3'); break;
    case 'label': case 'spill': break;
  }
}

/**
 * The template's data and dashboard plans. They live in an HTML file, not a script, because Apps Script
 * parses every script file on every custom-function call and this is needed only here.
 */
export const TEMPLATE_FILE = 'template-data';

function addDataSheets(book: Spreadsheet, names: TemplateNames, dataSheets: TemplatePackage['dataSheets']): Sheet[] {
  return dataSheets.map((values) => {
    const spec = dataSheet(values.key);
    const sheet = book.insertSheet(names.sheets[spec.key], book.getSheets().length);
    const width = values.headers.length;
    ensureSize(sheet, values.rows.length + 1 + ROOM_FOR_DATA, width);
    const rows = values.rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));
    sheet.getRange(1, 1, rows.length + 1, width).setValues([[...values.headers], ...rows]);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e5e7eb');
    sheet.setFrozenRows(1);
    const dataRows = sheet.getMaxRows() - 1;
    spec.columns.forEach((column, i) => {
      const range = sheet.getRange(2, i + 1, dataRows, 1);
      const format = values.formats[i];
      if (format !== undefined) range.setNumberFormat(format);
      book.setNamedRange(names.columnRange(spec.key, column.key), range);
    });
    return sheet;
  });
}

function addDashboard(book: Spreadsheet, plan: DashboardPlan, index: number): Sheet {
  const sheet = book.insertSheet(plan.sheet, index);
  const lastRow = Math.max(...plan.cells.map((c) => c.row), ...plan.spills.flatMap((s) => s.formats.map((f) => f.range.row + f.range.rows - 1)));
  const lastCol = Math.max(...plan.cells.map((c) => c.col), ...plan.spills.map((s) => s.col + s.cols - 1));
  ensureSize(sheet, lastRow + 1, lastCol + 1);
  if (plan.rightToLeft) sheet.setRightToLeft(true);
  for (const { col, width } of plan.columnWidths) sheet.setColumnWidth(col + 1, width);

  // The names first, so no formula is ever entered while a name it reads is still missing.
  for (const helper of plan.helpers) {
    const range = helper.kind === 'fixed'
      ? cellRange(sheet, helper.range)
      : sheet.getRange(helper.anchor.row + 1, helper.anchor.col + helper.column + 1, sheet.getMaxRows() - helper.anchor.row, 1);
    book.setNamedRange(helper.name, range);
  }
  for (const spill of plan.spills) for (const { range, format } of spill.formats) cellRange(sheet, range).setNumberFormat(format);
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.row + 1, cell.col + 1);
    if (typeof cell.content === 'string' && cell.content.startsWith('=')) range.setFormula(cell.content);
    else range.setValue(cell.content);
    if (cell.format !== undefined) range.setNumberFormat(cell.format);
    style(range, cell.style);
  }
  const scales = plan.colorScales.map((scale) => SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint(scale.low)
    .setGradientMaxpoint(scale.high)
    .setRanges([cellRange(sheet, scale.range)])
    .build());
  if (scales.length > 0) sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...scales]);
  for (const chart of plan.charts) {
    // Each column with the header above it: the header names the series, the first range is the categories.
    const withHeader = (r: PlannedRange) => cellRange(sheet, { ...r, row: r.row - 1, rows: r.rows + 1 });
    const type = { bar: Charts.ChartType.BAR, column: Charts.ChartType.COLUMN, pie: Charts.ChartType.PIE }[chart.type];
    const built = sheet.newChart()
      .setChartType(type)
      .addRange(withHeader(chart.categories))
      .addRange(withHeader(chart.values))
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
      .setNumHeaders(1)
      .setOption('useFirstColumnAsDomain', true)
      .setOption('title', chart.title)
      .setOption('legend', { position: chart.type === 'pie' ? 'right' : 'none' })
      .setOption('width', chart.width)
      .setOption('height', chart.height)
      .setPosition(chart.anchor.row + 1, chart.anchor.col + 1, chart.anchor.offsetX, chart.anchor.offsetY)
      .build();
    sheet.insertChart(built);
  }
  return sheet;
}

/**
 * Adds the template to the active spreadsheet in `language`: the five data sheets (sample data, a named
 * range per column) and the dashboard before them, all under names nothing in the spreadsheet uses yet.
 * Existing sheets and names are never changed.
 */
export function insertDashboardTemplate(language: Language): InsertedTemplate {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const names = freeTemplateNames(book.getSheets().map((s) => s.getName()), book.getNamedRanges().map((n) => n.getName()), language);
  const template = readPackageHtml(HtmlService.createHtmlOutputFromFile(TEMPLATE_FILE).getContent());
  const dashboardIndex = book.getSheets().length;
  const dataSheets = addDataSheets(book, names, template.dataSheets);
  const dashboard = addDashboard(book, withNames(template.plans[language], names), dashboardIndex);
  dashboard.activate();
  return { dashboard: dashboard.getName(), sheets: dataSheets.map((s) => s.getName()) };
}

/** The sheet and workbook names taken in the active spreadsheet, for the sidebar to plan a dashboard under free ones. */
export function takenTemplateNames(): { sheets: string[]; names: string[] } {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  return { sheets: book.getSheets().map((s) => s.getName()), names: book.getNamedRanges().map((n) => n.getName()) };
}

/**
 * Writes a dashboard the sidebar planned over the user's own sheet, on a new sheet after the others, and
 * opens it. Its formulas read the user's columns open-ended (`'Deals 2024'!E2:E`), so every row counts.
 */
export function writePlannedDashboard(plan: DashboardPlan): InsertedTemplate {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  if (book.getSheetByName(plan.sheet)) throw new Error(`A sheet named ${plan.sheet} is already there: build the dashboard again.`);
  const dashboard = addDashboard(book, plan, book.getSheets().length);
  dashboard.activate();
  return { dashboard: dashboard.getName(), sheets: [] };
}
