// Inserts the dashboard template into the open workbook: data sheets as tables, defined names, the dashboard, its charts.
import { columnLetters } from '../core';
import type { Language } from '../core/translations';
import { dataSheetValues } from '../ui/template/data-sheets';
import { planDashboard, sampleTableSizes, type CellStyle, type DashboardPlan, type PlannedHelper, type PlannedRange } from '../ui/template/layout';
import { DATA_SHEETS, sampleData, structuredReference } from '../ui/template/sample-data';
import { freeTemplateNames, type TemplateNames } from '../ui/template/template-names';
import type { InsertedTemplate } from '../ui/wizard/host';
import { quoteSheet } from '../ui/wizard/formula';
import { fieldPlaces, planOwnDashboard, type OwnMapping, type OwnSheet } from '../ui/template/own-data';

type ExcelApi = Pick<typeof Excel, 'run'>;

/** Excel sizes columns and charts in points; the plan in pixels (96 to the inch, 72 points). */
const POINTS_PER_PIXEL = 0.75;

const CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered', pie: 'Pie' } as const;

const TEXT_STYLES: ReadonlySet<CellStyle> = new Set(['title', 'note', 'section', 'label', 'header', 'missing', 'outcome']);

const plannedRange = (sheet: Excel.Worksheet, r: PlannedRange): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** The same value in every cell of a rows × cols block, as Office.js takes a block's formats. */
const block = <T>(rows: number, cols: number, value: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));

function style(range: Excel.Range, kind: CellStyle, rightToLeft: boolean): void {
  const font = range.format.font;
  switch (kind) {
    case 'title': font.size = 16; font.bold = true; break;
    case 'note': font.italic = true; font.color = '#6B7280'; break;
    case 'section': font.size = 12; font.bold = true; font.color = '#1D4ED8'; break;
    case 'header': font.bold = true; range.format.fill.color = '#E5E7EB'; range.format.wrapText = true; break;
    case 'kpi': font.bold = true; break;
    case 'missing': font.italic = true; font.color = '#6B7280'; range.format.wrapText = true; break;
    case 'outcome': range.format.fill.color = '#FEF9C3'; break;
    case 'label': case 'spill': break;
  }
  // Office.js cannot turn a whole sheet right to left; Persian text cells read and align right to left instead.
  if (rightToLeft && TEXT_STYLES.has(kind)) {
    range.format.readingOrder = 'RightToLeft';
    range.format.horizontalAlignment = 'Right';
  }
}

function addDataSheets(workbook: Excel.Workbook, names: TemplateNames, data: ReturnType<typeof sampleData>): void {
  for (const spec of DATA_SHEETS) {
    const values = dataSheetValues(spec.key, data[spec.key]);
    const sheet = workbook.worksheets.add(names.sheets[spec.key]);
    const rows = values.rows.length;
    const width = values.headers.length;
    const all = sheet.getRangeByIndexes(0, 0, rows + 1, width);
    all.values = [[...values.headers], ...values.rows.map((row) => [...row])];
    values.formats.forEach((format, i) => {
      if (format !== undefined) sheet.getRangeByIndexes(1, i, rows, 1).numberFormat = block(rows, 1, format);
    });
    // A table grows with the rows typed or pasted under it, and its structured references with it.
    const table = sheet.tables.add(all, true);
    table.name = names.tables[spec.key];
    table.style = 'TableStyleMedium2';
    sheet.freezePanes.freezeRows(1);
    all.format.autofitColumns();
  }
}

/** A helper range's defined name formula: a block of cells, or one column of a spill (`INDEX(anchor#,0,n)`). */
function helperFormula(sheet: string, helper: PlannedHelper): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  if (helper.kind === 'fixed') {
    const { row, col, rows } = helper.range;
    return `=${quoteSheet(sheet)}!${cell(row, col)}:${cell(row + rows - 1, col)}`;
  }
  return `=INDEX(${quoteSheet(sheet)}!${cell(helper.anchor.row, helper.anchor.col)}#,0,${helper.column + 1})`;
}

function writeDashboard(workbook: Excel.Workbook, sheet: Excel.Worksheet, plan: DashboardPlan): void {
  for (const { col, width } of plan.columnWidths) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * POINTS_PER_PIXEL;
  for (const helper of plan.helpers) workbook.names.add(helper.name, helperFormula(plan.sheet, helper));
  for (const spill of plan.spills) {
    for (const { range: r, format } of spill.formats) plannedRange(sheet, r).numberFormat = block(r.rows, r.cols, format);
  }
  for (const scale of plan.colorScales) {
    const format = plannedRange(sheet, scale.range).conditionalFormats.add('ColorScale');
    format.colorScale.criteria = {
      minimum: { type: 'LowestValue', color: scale.low },
      maximum: { type: 'HighestValue', color: scale.high },
    };
  }
  for (const cell of plan.cells) {
    const target = sheet.getRangeByIndexes(cell.row, cell.col, 1, 1);
    // `formulas` is the locale-independent property; a value goes in as itself.
    if (typeof cell.content === 'string' && cell.content.startsWith('=')) target.formulas = [[cell.content]];
    else target.values = [[cell.content]];
    if (cell.format !== undefined) target.numberFormat = [[cell.format]];
    style(target, cell.style, plan.rightToLeft);
  }
}

async function addCharts(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: DashboardPlan): Promise<void> {
  const anchors = plan.charts.map((chart) => sheet.getRangeByIndexes(chart.anchor.row, chart.anchor.col, 1, 1).load(['top', 'left']));
  await context.sync();
  plan.charts.forEach((spec, i) => {
    const chart = sheet.charts.add(CHART_TYPES[spec.type], plannedRange(sheet, spec.values), 'Columns');
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(plannedRange(sheet, spec.categories));
    series.name = spec.seriesName;
    chart.title.text = spec.title;
    chart.legend.visible = spec.type === 'pie';
    // Excel draws a bar chart's first category at the bottom; a funnel reads from the top.
    if (spec.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
    if (spec.type === 'pie') chart.dataLabels.showPercentage = true;
    chart.left = anchors[i].left + spec.anchor.offsetX * POINTS_PER_PIXEL;
    chart.top = anchors[i].top + spec.anchor.offsetY * POINTS_PER_PIXEL;
    chart.width = spec.width * POINTS_PER_PIXEL;
    chart.height = spec.height * POINTS_PER_PIXEL;
  });
}

/** The first set of template names whose sheets, tables and defined names the workbook does not use yet. */
async function freeNamesIn(context: Excel.RequestContext, language: Language): Promise<TemplateNames> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const definedNames = workbook.names.load('items/name');
  const tables = workbook.tables.load('items/name');
  await context.sync();
  return freeTemplateNames(
    sheets.items.map((s) => s.name),
    [...definedNames.items.map((n) => n.name), ...tables.items.map((t) => t.name)],
    language,
  );
}

/**
 * Adds the template to the workbook in `language`: the dashboard, then the five data sheets (sample
 * data in tables), all under sheet, table and defined names nothing in the workbook uses yet. Existing
 * sheets, tables and names are never changed.
 */
export function insertDashboardTemplate(language: Language, excel: ExcelApi = Excel): Promise<InsertedTemplate> {
  return excel.run(async (context) => {
    const workbook = context.workbook;
    const names = await freeNamesIn(context, language);
    const data = sampleData(1);
    const dashboard = workbook.worksheets.add(names.dashboardSheet);
    addDataSheets(workbook, names, data);
    const plan = planDashboard({
      host: 'excel',
      language,
      names,
      refStyle: (sheet, column) => structuredReference(sheet, column, names.tables[sheet]),
      tableSizes: sampleTableSizes(data, language),
    });
    writeDashboard(workbook, dashboard, plan);
    await addCharts(context, dashboard, plan);
    dashboard.activate();
    await context.sync();
    return { dashboard: names.dashboardSheet, sheets: DATA_SHEETS.map((s) => names.sheets[s.key]) };
  });
}

/**
 * The defined name of a field's column on the user's sheet: from the row below the header down to the
 * last filled row of `anchor` (the status column, which every deal has), so every row counts and rows
 * typed or pasted below join it, and every field's name has the same rows.
 */
export function ownColumnFormula(sheet: string, col: number, firstRow: number, anchor: number): string {
  const column = (c: number) => `${quoteSheet(sheet)}!$${columnLetters(c)}:$${columnLetters(c)}`;
  return `=${quoteSheet(sheet)}!$${columnLetters(col)}$${firstRow + 1}:INDEX(${column(col)},MATCH(2,1/(${column(anchor)}<>"")))`;
}

/**
 * Adds a dashboard over the user's own sheet in `language`, as `mapping` says: a defined name per mapped
 * field over its column, then the dashboard sheet, under names nothing in the workbook uses yet. The
 * user's sheet is never changed.
 */
export function buildOwnDashboard(own: OwnSheet, mapping: OwnMapping, language: Language, excel: ExcelApi = Excel): Promise<InsertedTemplate> {
  return excel.run(async (context) => {
    const workbook = context.workbook;
    const names = await freeNamesIn(context, language);
    const places = fieldPlaces(own, mapping);
    const anchor = places.find((p) => p.ref.sheet === 'deals' && p.ref.column === 'status') ?? places[0];
    if (!anchor) throw new Error('No column of the sheet is mapped to a field of the dashboard.');
    for (const place of places) workbook.names.add(names.columnRange(place.ref.sheet, place.ref.column), ownColumnFormula(own.sheet, place.col, place.firstRow, anchor.col));
    const plan = planOwnDashboard({ host: 'excel', language, names, refStyle: names.columnRange, own, mapping });
    const dashboard = workbook.worksheets.add(names.dashboardSheet);
    writeDashboard(workbook, dashboard, plan);
    await addCharts(context, dashboard, plan);
    dashboard.activate();
    await context.sync();
    return { dashboard: names.dashboardSheet, sheets: [own.sheet] };
  });
}
