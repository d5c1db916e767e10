// The browser workbook as o-spreadsheet's data (JSON): sheets of cells, formats, styles, named ranges and charts, built in one batch.
import { blockAddress, cellAddress } from '../core';
import { openEndedRange } from '../ui/wizard/formula';
import type { Language } from '../core/translations';
import type { DataSheetValues } from '../ui/template/data-sheets';
import { dataSheetValues } from '../ui/template/data-sheets';
import { planDashboard, sampleTableSizes, type CellStyle, type DashboardPlan, type PlannedChart, type PlannedRange } from '../ui/template/layout';
import { DATA_SHEETS, dataSheet, sampleData, type DataSheetKey, type SampleCell, type SampleTable } from '../ui/template/sample-data';
import { fieldPlaces, planOwnDashboard, type OwnMapping, type OwnSheet } from '../ui/template/own-data';
import { freeTemplateNames, type TemplateNames } from '../ui/template/template-names';

/** A cell style as o-spreadsheet stores it. */
export interface EngineStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  textColor?: string;
  fillColor?: string;
  align?: 'left' | 'center' | 'right';
  wrapping?: 'overflow' | 'wrap' | 'clip';
}

export interface FigureData {
  id: string;
  col: number;
  row: number;
  offset: { x: number; y: number };
  width: number;
  height: number;
  tag: 'chart';
  data: Record<string, unknown>;
}

export interface SheetData {
  id: string;
  name: string;
  colNumber: number;
  rowNumber: number;
  cells: Record<string, string>;
  /** Zone (A1) → style or format id of the workbook's tables. */
  styles: Record<string, number>;
  formats: Record<string, number>;
  cols: Record<string, { size: number }>;
  rows?: Record<string, unknown>;
  figures: FigureData[];
  panes?: { xSplit: number; ySplit: number };
  [key: string]: unknown;
}

export interface WorkbookData {
  version?: string;
  sheets: SheetData[];
  styles: Record<string, EngineStyle>;
  formats: Record<string, string>;
  namedRanges: Record<string, string>;
  [key: string]: unknown;
}

/** Blank rows under each data set, as in Sheets: its named ranges run to the sheet's last row, so rows typed there count. */
export const ROOM_FOR_DATA = 2000;

const zone = (r: PlannedRange): string => blockAddress(r.row, r.col, r.row + r.rows - 1, r.col + r.cols - 1);
/** A sheet name as a formula or range string writes it: quoted unless it is one plain word. */
const quoted = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

const CELL_STYLES: Readonly<Record<CellStyle, EngineStyle | undefined>> = {
  title: { bold: true, fontSize: 16 },
  note: { italic: true, textColor: '#6b7280' },
  section: { bold: true, fontSize: 12, textColor: '#1d4ed8' },
  header: { bold: true, fillColor: '#e5e7eb', wrapping: 'wrap' },
  kpi: { bold: true },
  label: undefined,
  spill: undefined,
  missing: { italic: true, textColor: '#6b7280', wrapping: 'wrap' },
  outcome: { fillColor: '#fef9c3' },
};

/** Style and format tables shared by the workbook's sheets, ids given in order of first use. */
class Tables {
  constructor(readonly data: WorkbookData) {}

  private id(table: Record<string, unknown>, value: unknown): number {
    const key = JSON.stringify(value);
    for (const [id, existing] of Object.entries(table)) if (JSON.stringify(existing) === key) return Number(id);
    const next = Math.max(0, ...Object.keys(table).map(Number)) + 1;
    table[next] = value;
    return next;
  }

  style(style: EngineStyle): number { return this.id(this.data.styles, style); }
  format(format: string): number { return this.id(this.data.formats, format); }
}

/** A new sheet id that no sheet of the workbook has (sheets are added to `data` as soon as they are made). */
function sheetId(data: WorkbookData): string {
  const taken = new Set(data.sheets.map((s) => s.id));
  let n = data.sheets.length + 1;
  while (taken.has(`sheet-${n}`)) n++;
  return `sheet-${n}`;
}

/** A new sheet, added at the end of `data` (or at `position`). */
function addSheet(data: WorkbookData, name: string, rows: number, cols: number, position = data.sheets.length): SheetData {
  const sheet: SheetData = { id: sheetId(data), name, colNumber: Math.max(26, cols), rowNumber: Math.max(100, rows), cells: {}, styles: {}, formats: {}, cols: {}, figures: [] };
  data.sheets.splice(position, 0, sheet);
  return sheet;
}

/**
 * A data value as cell content: numbers as their shortest text; text as it is, behind an apostrophe when
 * the engine would otherwise read it as something else (a formula, a number such as the id 00123, a
 * date, TRUE), so the text stays exactly as the file had it.
 */
export function cellContent(value: SampleCell | boolean): string | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return /^[='+\-@\t\r]|^[\s\d.,%/:$€£¥₺﷼()-]+$|^(true|false)$/i.test(value) ? `'${value}` : value;
}

/** o-spreadsheet's default row height, in pixels. */
export const ROW_HEIGHT = 23;

/**
 * Every row of a data sheet at the default height, set: the engine then does not measure each cell's
 * text to size the rows when the workbook opens (a third of the open's time at 100,000 deals).
 */
export function fixedRowHeights(rows: number): Record<string, { size: number }> {
  const sizes: Record<string, { size: number }> = {};
  for (let row = 0; row < rows; row++) sizes[row] = { size: ROW_HEIGHT };
  return sizes;
}

/** Adds a data sheet: header row, the rows, a number format per column, the header frozen and bold, row heights fixed. */
export function addDataSheet(data: WorkbookData, name: string, values: DataSheetValues, fixedRows = true): SheetData {
  const tables = new Tables(data);
  const width = values.headers.length;
  const sheet = addSheet(data, name, values.rows.length + 1 + ROOM_FOR_DATA, width);
  // A header is a cell like any other: a formula-like one (=HYPERLINK(…) in a CSV's first row) stays text.
  values.headers.forEach((header, c) => {
    const content = cellContent(header);
    if (content !== undefined) sheet.cells[cellAddress(0, c)] = content;
  });
  values.rows.forEach((row, r) => row.forEach((cell, c) => {
    const content = cellContent(cell);
    if (content !== undefined) sheet.cells[cellAddress(r + 1, c)] = content;
  }));
  const headerZone = `${cellAddress(0, 0)}:${cellAddress(0, width - 1)}`;
  sheet.styles[headerZone] = tables.style({ bold: true, fillColor: '#e5e7eb' });
  values.formats.forEach((format, c) => {
    if (format !== undefined) sheet.formats[`${cellAddress(1, c)}:${cellAddress(sheet.rowNumber - 1, c)}`] = tables.format(format);
  });
  sheet.panes = { xSplit: 0, ySplit: 1 };
  if (fixedRows) sheet.rows = fixedRowHeights(sheet.rowNumber);
  return sheet;
}

const CHART_TYPES = { bar: 'bar', column: 'bar', pie: 'pie' } as const;

/** A planned chart as o-spreadsheet's figure: the funnel as its funnel chart, bars lying down for `bar`. */
function chartFigure(chart: PlannedChart, id: string): FigureData {
  const withHeader = (r: PlannedRange) => zone({ ...r, row: r.row - 1, rows: r.rows + 1 });
  const type = chart.key === 'funnel' ? 'funnel' : CHART_TYPES[chart.type];
  return {
    id,
    col: chart.anchor.col,
    row: chart.anchor.row,
    offset: { x: chart.anchor.offsetX, y: chart.anchor.offsetY },
    width: chart.width,
    height: chart.height,
    tag: 'chart',
    data: {
      chartId: id,
      type,
      title: { text: chart.title },
      dataSetStyles: {},
      legendPosition: chart.type === 'pie' ? 'right' : 'none',
      dataSource: { type: 'range', dataSets: [{ dataSetId: '0', dataRange: withHeader(chart.values) }], dataSetsHaveTitle: true, labelRange: withHeader(chart.categories) },
      ...(type === 'bar' ? { stacked: false, horizontal: chart.type === 'bar' } : {}),
      ...(type === 'funnel' ? { showValues: true } : {}),
    },
  };
}

/** Adds the dashboard sheet of a plan at `position`: cells, styles and formats, column widths, named helper ranges, charts. */
export function addDashboardSheet(data: WorkbookData, plan: DashboardPlan, position: number): SheetData {
  const tables = new Tables(data);
  const lastRow = Math.max(...plan.cells.map((c) => c.row), ...plan.spills.flatMap((s) => s.formats.map((f) => f.range.row + f.range.rows - 1)));
  const lastCol = Math.max(...plan.cells.map((c) => c.col), ...plan.spills.map((s) => s.col + s.cols - 1));
  const sheet = addSheet(data, plan.sheet, lastRow + 1, lastCol + 1, position);
  for (const { col, width } of plan.columnWidths) sheet.cols[String(col)] = { size: width };
  for (const spill of plan.spills) for (const { range, format } of spill.formats) sheet.formats[zone(range)] = tables.format(format);
  for (const cell of plan.cells) {
    const address = cellAddress(cell.row, cell.col);
    sheet.cells[address] = typeof cell.content === 'number' ? String(cell.content) : cell.content;
    if (cell.format !== undefined) sheet.formats[address] = tables.format(cell.format);
    const isText = typeof cell.content === 'string' && !cell.content.startsWith('=');
    // The grid has no right-to-left mode: Persian labels are right-aligned instead.
    const style = { ...CELL_STYLES[cell.style], ...(plan.rightToLeft && isText ? { align: 'right' as const } : {}) };
    if (Object.keys(style).length > 0) sheet.styles[address] = tables.style(style);
  }
  for (const helper of plan.helpers) {
    const range = helper.kind === 'fixed'
      ? helper.range
      : { row: helper.anchor.row, col: helper.anchor.col + helper.column, rows: sheet.rowNumber - helper.anchor.row, cols: 1 };
    data.namedRanges[helper.name] = `${quoted(sheet.name)}!${zone(range)}`;
  }
  sheet.figures = plan.charts.map((chart, i) => chartFigure(chart, `${sheet.id}-chart-${i + 1}`));
  // o-spreadsheet keeps a colour as a number.
  const color = (hex: string) => Number.parseInt(hex.slice(1), 16);
  sheet.conditionalFormats = plan.colorScales.map((scale, i) => ({
    id: `${sheet.id}-scale-${i + 1}`,
    ranges: [zone(scale.range)],
    rule: { type: 'ColorScaleRule', minimum: { type: 'value', color: color(scale.low) }, maximum: { type: 'value', color: color(scale.high) } },
  }));
  return sheet;
}

/** An empty workbook: one sheet. */
export function emptyWorkbook(sheetName = 'Sheet1'): WorkbookData {
  const data: WorkbookData = { sheets: [], styles: {}, formats: {}, namedRanges: {} };
  addSheet(data, sheetName, 100, 26);
  return data;
}

/**
 * `data` with the dashboard template added in `language`: five data sheets and the dashboard before
 * them, named ranges per data column, under names nothing in the workbook uses yet. What was there is
 * kept as it was. Returns the names the insertion got. `sample` is the data sets to fill in (the seeded sample);
 * `fixedRows` false leaves the data sheets' rows to the engine's measuring (the bench's before).
 */
export function addTemplate(data: WorkbookData, language: Language, sample: Readonly<Record<DataSheetKey, SampleTable>> = sampleData(1), fixedRows = true): { data: WorkbookData; names: TemplateNames } {
  const out: WorkbookData = { ...data, sheets: [...data.sheets], styles: { ...data.styles }, formats: { ...data.formats }, namedRanges: { ...data.namedRanges } };
  const names = freeTemplateNames(out.sheets.map((s) => s.name), Object.keys(out.namedRanges), language);
  for (const spec of DATA_SHEETS) {
    const sheet = addDataSheet(out, names.sheets[spec.key], dataSheetValues(spec.key, sample[spec.key]), fixedRows);
    dataSheet(spec.key).columns.forEach((column, c) => {
      // Open-ended (E2:E): the name takes every row the sheet has or gets, so pasted rows past the last count.
      out.namedRanges[names.columnRange(spec.key, column.key)] = openEndedRange(sheet.name, c, 1);
    });
  }
  const plan = planDashboard({ host: 'sheets', language, names, refStyle: names.columnRange, tableSizes: sampleTableSizes(sample, language) });
  addDashboardSheet(out, plan, data.sheets.length);
  return { data: out, names };
}

/**
 * `data` with a dashboard over the user's own sheet `own.sheet`, as `mapping` says: a name per mapped
 * field over its column from the row below the header, open-ended so that every row and every row added
 * below counts, and the dashboard sheet after the others. Nothing of the user's sheet changes.
 */
export function addOwnDashboard(data: WorkbookData, own: OwnSheet, mapping: OwnMapping, language: Language): { data: WorkbookData; names: TemplateNames } {
  const out: WorkbookData = { ...data, sheets: [...data.sheets], styles: { ...data.styles }, formats: { ...data.formats }, namedRanges: { ...data.namedRanges } };
  if (!out.sheets.some((s) => s.name === own.sheet)) throw new Error(`There is no sheet named ${own.sheet}`);
  const names = freeTemplateNames(out.sheets.map((s) => s.name), Object.keys(out.namedRanges), language);
  for (const { ref, col, firstRow } of fieldPlaces(own, mapping)) {
    out.namedRanges[names.columnRange(ref.sheet, ref.column)] = openEndedRange(own.sheet, col, firstRow);
  }
  const plan = planOwnDashboard({ host: 'sheets', language, names, refStyle: names.columnRange, own, mapping });
  addDashboardSheet(out, plan, out.sheets.length);
  return { data: out, names };
}
