// Where everything goes on the dashboard sheet, as a host-neutral plan that the Excel and Sheets builders carry out.
import { runKpi } from '../../core';
import type { Language } from '../../core/translations';
import type { Host } from '../function-reference';
import { fill } from '../wizard/wizard-strings';
import {
  CHARTS, DASHBOARD, dashboardFormulas, dashboardItems, HELPER_BLOCKS, helperBlockFormulas, itemKpi, itemNumberFormat,
  type ChartSpec, type ColumnRefStyle, type DashboardItem, type HelperBlock, type Label,
} from './dashboard';
import { DATA_SHEETS, sampleColumn, type DataSheetKey, type SampleTable } from './sample-data';
import type { HelperRangeKey, TemplateNames } from './template-names';

/** How a cell looks: `kpi` is a single KPI value or count (bold), `spill` the first cell of a spilled table (plain, like the rest of it). */
export type CellStyle = 'title' | 'note' | 'section' | 'label' | 'header' | 'kpi' | 'spill';

/** One cell the builder writes (0-based row and column of the dashboard sheet). */
export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  /** A value, or a formula starting with "=" in the host's locale-independent syntax. */
  readonly content: string | number;
  readonly style: CellStyle;
  readonly format?: string;
}

/** A block of cells, 0-based. */
export interface PlannedRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A KPI formula that spills a table down and to the right of its cell. */
export interface PlannedSpill {
  readonly item: string;
  readonly row: number;
  readonly col: number;
  readonly cols: number;
  /** How many rows it spills over the sample data. */
  readonly sampleRows: number;
  /** Column formats for the rows it may grow into. */
  readonly formats: readonly { readonly range: PlannedRange; readonly format: string }[];
}

/**
 * A range on the dashboard that formulas refer to by name. A fixed one is a block of cells; a spilled
 * one is one column of a spill (Excel: `INDEX(anchor#,0,n)`; Sheets: that column from the anchor down).
 */
export type PlannedHelper =
  | { readonly key: HelperRangeKey; readonly name: string; readonly kind: 'fixed'; readonly range: PlannedRange }
  | { readonly key: HelperRangeKey; readonly name: string; readonly kind: 'spill-column'; readonly anchor: { readonly row: number; readonly col: number }; readonly column: number };

export interface PlannedChart {
  readonly key: ChartSpec['key'];
  readonly type: ChartSpec['type'];
  readonly title: string;
  readonly seriesName: string;
  /** The category labels and the values, one column each, as many rows as the sample gives. */
  readonly categories: PlannedRange;
  readonly values: PlannedRange;
  /** The cell the chart's top-left corner sits on, moved by an offset, and its size, in pixels. */
  readonly anchor: { readonly row: number; readonly col: number; readonly offsetX: number; readonly offsetY: number };
  readonly width: number;
  readonly height: number;
}

export interface DashboardPlan {
  readonly sheet: string;
  readonly language: Language;
  readonly rightToLeft: boolean;
  readonly cells: readonly PlannedCell[];
  readonly spills: readonly PlannedSpill[];
  readonly helpers: readonly PlannedHelper[];
  readonly charts: readonly PlannedChart[];
  /** Column widths in pixels. */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
}

const TEXT = {
  title: { en: 'Sales KPI dashboard', fa: 'داشبورد شاخص‌های فروش', el: 'Πίνακας ελέγχου δεικτών πωλήσεων' },
  note: {
    en: 'Sample data from the sheets {sheets}. Replace their rows with your own: the formulas and charts follow.',
    fa: 'داده‌های نمونه از برگه‌های {sheets}. ردیف‌های آن‌ها را با داده‌های خودتان جایگزین کنید؛ فرمول‌ها و نمودارها به‌روز می‌شوند.',
    el: 'Δείγμα δεδομένων από τα φύλλα {sheets}. Αντικαταστήστε τις γραμμές τους με τα δικά σας δεδομένα: οι τύποι και τα γραφήματα ακολουθούν.',
  },
  listSeparator: { en: ', ', fa: '، ', el: ', ' },
} as const satisfies Record<string, Label>;

/** Rows a table's columns are formatted down to, below its first row: room for data far beyond the sample. */
export const FORMAT_ROWS = 2000;

const FIRST_SECTION_ROW = 3;
const CHART_WIDTH = 460;
const CHART_HEIGHT = 300;
const CHART_GAP = 20;
/** The first column right of the KPI list (label, value, a narrow gap). */
const CHART_COL = 3;
/** Rows the charts take: two rows of charts, about 21 pixels a row in both hosts. */
const CHART_ROWS = Math.ceil((2 * CHART_HEIGHT + CHART_GAP) / 20) + 1;

/** The tables at the bottom, left to right, each a column group that grows down without meeting another. */
type TableBlock = { readonly kind: 'block'; readonly block: HelperBlock } | { readonly kind: 'item'; readonly item: DashboardItem };

function tableBlocks(): TableBlock[] {
  const items = dashboardItems().filter((i) => i.table);
  const block = (key: HelperBlock['key']): TableBlock => ({ kind: 'block', block: HELPER_BLOCKS.find((b) => b.key === key)! });
  const item = (key: string): TableBlock => ({ kind: 'item', item: items.find((i) => i.key === key)! });
  const order: TableBlock[] = [block('funnelStages'), item('funnel'), item('valueBySource'), item('npsBreakdown'), block('rfmSegmentCounts'), item('rfm')];
  const placed = new Set(order.flatMap((b) => (b.kind === 'item' ? [b.item.key] : [])));
  const missing = items.filter((i) => !placed.has(i.key));
  if (missing.length > 0) throw new Error(`The dashboard layout has no place for ${missing.map((i) => i.key).join(', ')}`);
  return order;
}

/**
 * How many rows each table item spills over the sample: items over data columns are run through the
 * core, items over a helper block have one row per block row.
 */
export function sampleTableRows(data: Readonly<Record<DataSheetKey, SampleTable>>): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const item of dashboardItems().filter((i) => i.table)) {
    const helper = item.args.find((a) => a.kind === 'helper');
    if (helper) {
      rows[item.key] = HELPER_BLOCKS.find((b) => b.names?.includes(helper.helper))!.rows.length;
      continue;
    }
    const args = item.args.map((arg) => {
      if (arg.kind !== 'column') throw new Error(`${item.key}: a table item reads data columns or a helper block`);
      return sampleColumn(data, arg.ref.sheet, arg.ref.column);
    });
    const result = runKpi(itemKpi(item), args);
    if (!Array.isArray(result)) throw new Error(`${item.key} gives no table on the sample data`);
    rows[item.key] = result.length;
  }
  return rows;
}

export interface PlanOptions {
  readonly host: Host;
  readonly language: Language;
  readonly names: TemplateNames;
  /** How formulas refer to a data column: Excel's structured reference, Sheets' named range. */
  readonly refStyle: ColumnRefStyle;
  /** Rows each table item spills over the sample (`sampleTableRows`). */
  readonly tableRows: Readonly<Record<string, number>>;
}

/** The dashboard sheet: KPI list on the left, charts beside it, tables below, all in the user's language. */
export function planDashboard(options: PlanOptions): DashboardPlan {
  const { host, language, names, refStyle, tableRows } = options;
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: string | number, style: CellStyle, format?: string) =>
    cells.push({ row, col, content, style, ...(format === undefined ? {} : { format }) });

  const sheetList = DATA_SHEETS.map((s) => names.sheets[s.key]).join(TEXT.listSeparator[language]);
  put(0, 0, TEXT.title[language], 'title');
  put(1, 0, fill(TEXT.note[language], { sheets: sheetList }), 'note');

  const formulas = new Map(dashboardFormulas(refStyle, host, names.helper).map((f) => [f.key, f.formula]));
  let row = FIRST_SECTION_ROW;
  for (const section of DASHBOARD) {
    const scalars = section.items.filter((item) => !item.table);
    if (scalars.length === 0) continue;
    put(row++, 0, section.title[language], 'section');
    for (const item of scalars) {
      put(row, 0, item.label[language], 'label');
      put(row, 1, formulas.get(item.key)!, 'kpi', itemNumberFormat(item, language));
      row++;
    }
    row++;
  }

  const tableRow = Math.max(row + 1, FIRST_SECTION_ROW + CHART_ROWS + 1);
  const blockFormulas = helperBlockFormulas(refStyle, names.helper);
  const spills: PlannedSpill[] = [];
  const helpers: PlannedHelper[] = [];
  const placedAt = new Map<string, { row: number; col: number; rows: number }>();
  const columnWidths: { col: number; width: number }[] = [{ col: 0, width: 330 }, { col: 1, width: 120 }, { col: 2, width: 24 }];
  let col = 0;
  for (const table of tableBlocks()) {
    const top = tableRow + 2;
    if (table.kind === 'block') {
      const { block } = table;
      put(tableRow, col, block.title[language], 'section');
      block.headers.forEach((header, i) => put(tableRow + 1, col + i, header[language], 'header'));
      blockFormulas[block.key].forEach((r, i) => {
        put(top + i, col, r.label, 'label');
        put(top + i, col + 1, r.formula, 'kpi', '#,##0');
      });
      block.names?.forEach((key, i) => helpers.push({ key, name: names.helper(key), kind: 'fixed', range: { row: top, col: col + i, rows: block.rows.length, cols: 1 } }));
      placedAt.set(`block:${block.key}`, { row: top, col, rows: block.rows.length });
      if (col > 0) columnWidths.push({ col, width: 150 }, { col: col + 1, width: 110 });
      col += block.headers.length + 1;
    } else {
      const { item } = table;
      const spec = item.table!;
      put(tableRow, col, item.label[language], 'section');
      spec.columns.forEach((header, i) => put(tableRow + 1, col + i, header[language], 'header'));
      put(top, col, formulas.get(item.key)!, 'spill');
      const formats = spec.formats.flatMap((format, i) => (format === undefined ? [] : [{ range: { row: top, col: col + i, rows: FORMAT_ROWS, cols: 1 }, format }]));
      const sampleRows = tableRows[item.key];
      if (!(sampleRows > 0)) throw new Error(`No sample row count for the table ${item.key}`);
      spills.push({ item: item.key, row: top, col, cols: spec.columns.length, sampleRows, formats });
      placedAt.set(`item:${item.key}`, { row: top, col, rows: sampleRows });
      spec.columns.forEach((_, i) => columnWidths.push({ col: col + i, width: i === 0 ? 170 : 110 }));
      col += spec.columns.length + 1;
    }
  }

  // The RFM spill's segment column is a helper range too: the segment counts count it.
  const rfmItem = dashboardItems().find((item) => item.key === 'rfm')!;
  const rfm = spills.find((s) => s.item === 'rfm')!;
  const segmentColumn = itemKpi(rfmItem).columns!.indexOf('segment');
  if (segmentColumn < 0) throw new Error('RFM has no segment column');
  helpers.push({ key: 'rfmSegments', name: names.helper('rfmSegments'), kind: 'spill-column', anchor: { row: rfm.row, col: rfm.col }, column: segmentColumn });

  const charts = CHARTS.map((chart, i): PlannedChart => {
    const source = 'item' in chart.source ? placedAt.get(`item:${chart.source.item}`) : placedAt.get(`block:${chart.source.block}`);
    if (!source) throw new Error(`The chart ${chart.key} has no source on the dashboard`);
    const column = (offset: number): PlannedRange => ({ row: source.row, col: source.col + offset, rows: source.rows, cols: 1 });
    return {
      key: chart.key,
      type: chart.type,
      title: chart.title[language],
      seriesName: chart.seriesName[language],
      categories: column(chart.categoryColumn),
      values: column(chart.valueColumn),
      anchor: { row: FIRST_SECTION_ROW, col: CHART_COL, offsetX: (i % 2) * (CHART_WIDTH + CHART_GAP), offsetY: Math.floor(i / 2) * (CHART_HEIGHT + CHART_GAP) },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    };
  });

  return { sheet: names.dashboardSheet, language, rightToLeft: language === 'fa', cells, spills, helpers, charts, columnWidths };
}
