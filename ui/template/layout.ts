// Where everything goes on the dashboard sheet, as a host-neutral plan that the Excel and Sheets builders carry out.
import { cellAddress, columnLetters, runKpi } from '../../core';
import type { Language } from '../../core/translations';
import type { Host } from '../function-reference';
import { fill } from '../wizard/wizard-strings';
import type { HostCell } from '../../core';
import type { StatusRow } from '../wizard/status-values';
import {
  argumentColumns, CHARTS, DASHBOARD, dashboardFormulas, dashboardItems, HELPER_BLOCKS, helperBlockFormulas, itemKpi, itemNumberFormat, OUTCOME_WORDS,
  RANK_BLOCKS, rankBlockFormulas, type ChartSpec, type ColumnRef, type ColumnRefStyle, type DashboardArg, type DashboardItem, type HelperBlock,
  type Label, type RankBlock,
} from './dashboard';
import { fieldLabel } from './dashboard-fields';
import { textLiteral } from '../wizard/formula';
import { DATA_SHEETS, sampleColumn, type DataSheetKey, type SampleTable } from './sample-data';
import type { HelperRangeKey, TemplateNames } from './template-names';

/** How a cell looks: `kpi` is a single KPI value or count (bold), `spill` the first cell of a spilled table (plain, like the rest of it). */
export type CellStyle = 'title' | 'note' | 'section' | 'label' | 'header' | 'kpi' | 'spill' | 'missing' | 'outcome';

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

/** A colour scale over a block: the lowest number `low`, the highest `high`, the rest between. */
export interface PlannedColorScale {
  readonly range: PlannedRange;
  readonly low: string;
  readonly high: string;
}

export interface DashboardPlan {
  readonly sheet: string;
  readonly language: Language;
  readonly rightToLeft: boolean;
  readonly cells: readonly PlannedCell[];
  readonly spills: readonly PlannedSpill[];
  readonly helpers: readonly PlannedHelper[];
  readonly charts: readonly PlannedChart[];
  readonly colorScales: readonly PlannedColorScale[];
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
  ownNote: {
    en: 'Deals from the sheet {sheet}: every row, and rows added below. What each status counts as is decided in the block "{statuses}" below: change it there and every KPI follows.',
    fa: 'معاملات از برگهٔ {sheet}: همهٔ سطرها، و سطرهایی که زیر آن اضافه شوند. اینکه هر وضعیت چه حسابی شود در بخش «{statuses}» در پایین تعیین می‌شود: آنجا تغییرش دهید تا همهٔ شاخص‌ها به‌روز شوند.',
    el: 'Συμφωνίες από το φύλλο {sheet}: όλες οι γραμμές, και όσες προστεθούν από κάτω. Πώς μετράει κάθε κατάσταση ορίζεται στο μπλοκ «{statuses}» παρακάτω: αλλάξτε το εκεί και όλοι οι δείκτες ακολουθούν.',
  },
  missing: { en: 'Not in the data: {fields}.', fa: 'در داده‌ها نیست: {fields}.', el: 'Δεν υπάρχει στα δεδομένα: {fields}.' },
  statuses: { en: 'Deal statuses and what they count as', fa: 'وضعیت‌های معامله و اینکه چه حسابی می‌شوند', el: 'Καταστάσεις συμφωνιών και πώς μετράνε' },
  statusHeaders: {
    en: 'Status|Deals|Value|Cost|Counts as|Won labels|Lost labels',
    fa: 'وضعیت|تعداد معامله|ارزش|هزینه|حساب می‌شود|برچسب‌های موفق|برچسب‌های ناموفق',
    el: 'Κατάσταση|Συμφωνίες|Αξία|Κόστος|Μετράει ως|Ετικέτες κερδισμένων|Ετικέτες χαμένων',
  },
  listSeparator: { en: ', ', fa: '، ', el: ', ' },
} as const satisfies Record<string, Label>;

/** The sample's statuses, in the order the sample's first rows show them. */
export const SAMPLE_STATUSES: readonly StatusRow[] = [{ value: 'Won', outcome: 'won' }, { value: 'Lost', outcome: 'lost' }, { value: 'Open', outcome: 'open' }];

/** Blank rows under the status block's statuses, inside its names: room to add a status that appears later. */
export const STATUS_ROOM = 5;

/** A status of the user's data as a cell's text: one that would read as a formula (`=HYPERLINK(…)` in a hostile file) keeps an apostrophe before it. */
const asText = (value: string): string => (/^[=+\-@]/.test(value) ? `'${value}` : value);

/** Rows a table's columns are formatted down to, below its first row: room for data far beyond the sample. */
export const FORMAT_ROWS = 2000;

const FIRST_SECTION_ROW = 3;
const CHART_WIDTH = 460;
const CHART_HEIGHT = 300;
const CHART_GAP = 20;
/** The first column right of the KPI list (label, value, a narrow gap). */
const CHART_COL = 3;

/** Each chart's place in the grid right of the KPI list: two a row, a wide chart a row of its own. */
function chartSlots(charts: readonly ChartSpec[] = CHARTS): { row: number; col: number }[] {
  const slots: { row: number; col: number }[] = [];
  let row = 0;
  let col = 0;
  for (const chart of charts) {
    if (chart.wide && col > 0) { row++; col = 0; }
    slots.push({ row, col });
    if (chart.wide || col === 1) { row++; col = 0; } else col = 1;
  }
  return slots;
}

const CHART_SLOTS = chartSlots();
const CHART_GRID_ROWS = Math.max(...CHART_SLOTS.map((s) => s.row)) + 1;
/** Sheet rows the charts take, at about 21 pixels a row in both hosts. */
const CHART_ROWS = Math.ceil((CHART_GRID_ROWS * CHART_HEIGHT + (CHART_GRID_ROWS - 1) * CHART_GAP) / 20) + 1;

/** The tables at the bottom, left to right, each a column group that grows down without meeting another. */
type TableBlock =
  | { readonly kind: 'block'; readonly block: HelperBlock }
  | { readonly kind: 'rank'; readonly rank: RankBlock }
  | { readonly kind: 'item'; readonly item: DashboardItem };

function tableBlocks(): TableBlock[] {
  const items = dashboardItems().filter((i) => i.table);
  const block = (key: HelperBlock['key']): TableBlock => ({ kind: 'block', block: HELPER_BLOCKS.find((b) => b.key === key)! });
  const item = (key: string): TableBlock => ({ kind: 'item', item: items.find((i) => i.key === key)! });
  const rank = (key: RankBlock['key']): TableBlock => ({ kind: 'rank', rank: RANK_BLOCKS.find((b) => b.key === key)! });
  // The cohort triangle grows to the right as well as down, so it comes last.
  const order: TableBlock[] = [
    block('funnelStages'), item('funnel'), item('valueBySource'), item('npsBreakdown'), block('rfmSegmentCounts'), item('rfm'),
    item('wonRevenueByMonth'), item('clvModel'), rank('topCustomers'), item('clvForecast'), item('cohortRetention'),
  ];
  const placed = new Set(order.flatMap((b) => (b.kind === 'item' ? [b.item.key] : [])));
  const missing = items.filter((i) => !placed.has(i.key));
  if (missing.length > 0) throw new Error(`The dashboard layout has no place for ${missing.map((i) => i.key).join(', ')}`);
  return order;
}

/** How many rows and columns a table item spills. */
export interface TableSize {
  readonly rows: number;
  readonly cols: number;
}

/** One data column's cells, top to bottom (the shape a host passes a column range in: rows of one cell). */
export type ColumnReader = (ref: ColumnRef) => readonly (readonly HostCell[])[];

/**
 * An argument of a table item as the data gives it: data columns (of won deals only, for `won`), the
 * status block's won or lost statuses, and texts. Helper blocks and native calls are not read here.
 */
function dataArgument(read: ColumnReader, statuses: readonly StatusRow[], arg: DashboardArg, language: Language, item: string): unknown {
  switch (arg.kind) {
    case 'column': return read(arg.ref);
    case 'statusLabels': return statuses.filter((s) => s.outcome === arg.outcome).map((s) => [s.value]);
    case 'won': {
      const won = new Set(statuses.filter((s) => s.outcome === 'won').map((s) => s.value.toLowerCase()));
      const status = read({ sheet: 'deals', column: 'status' });
      return read(arg.ref).filter((_, i) => typeof status[i]?.[0] === 'string' && won.has((status[i][0] as string).toLowerCase()));
    }
    case 'text': case 'number': return arg.value;
    case 'localText': return arg.value[language];
    case 'helper': case 'native': case 'wonTotal': throw new Error(`${item}: a table item reads data columns, texts or a helper block`);
  }
}

/** Whether every data column an item reads is in the data. */
export function itemAvailable(item: DashboardItem, available: (ref: ColumnRef) => boolean): boolean {
  return item.args.every((arg) => argumentColumns(arg).every(available));
}

/**
 * How many rows and columns each table item spills over the data in the dashboard of `language`:
 * items over data columns are run through the core, items over a helper block have its rows. Items
 * whose columns the data lacks, or that give no table on it, have none.
 */
export function dataTableSizes(read: ColumnReader, statuses: readonly StatusRow[], language: Language, available: (ref: ColumnRef) => boolean = () => true): Record<string, TableSize> {
  const sizes: Record<string, TableSize> = {};
  for (const item of dashboardItems().filter((i) => i.table && itemAvailable(i, available))) {
    const helper = item.args.find((a) => a.kind === 'helper');
    if (helper) {
      sizes[item.key] = { rows: HELPER_BLOCKS.find((b) => b.names?.includes(helper.helper))!.rows.length, cols: item.table!.columns.length };
      continue;
    }
    const result = runKpi(itemKpi(item), item.args.map((arg) => dataArgument(read, statuses, arg, language, item.key)));
    if (Array.isArray(result) && result.length > 0) sizes[item.key] = { rows: result.length, cols: result[0].length };
  }
  return sizes;
}

/** The table sizes over the sample, where every table must have rows. */
export function sampleTableSizes(data: Readonly<Record<DataSheetKey, SampleTable>>, language: Language): Record<string, TableSize> {
  const read: ColumnReader = (ref) => sampleColumn(data as Record<DataSheetKey, SampleTable>, ref.sheet, ref.column);
  const sizes = dataTableSizes(read, SAMPLE_STATUSES, language);
  for (const item of dashboardItems().filter((i) => i.table)) if (!sizes[item.key]) throw new Error(`${item.key} gives no table on the sample data`);
  return sizes;
}

export interface PlanOptions {
  readonly host: Host;
  readonly language: Language;
  readonly names: TemplateNames;
  /** How formulas refer to a data column: Excel's structured reference, Sheets' named range. */
  readonly refStyle: ColumnRefStyle;
  /** Rows and columns each table item spills over the data (`sampleTableSizes` or `dataTableSizes` in the same language). */
  readonly tableSizes: Readonly<Record<string, TableSize>>;
  /** The status block's rows; the sample's statuses when not given. */
  readonly statuses?: readonly StatusRow[];
  /** Which data columns there are (all of the template's, when not given); an item over a missing one says so instead of a formula. */
  readonly available?: (ref: ColumnRef) => boolean;
  /** For a dashboard over a user's own sheet: its name, which the note under the title gives. */
  readonly ownSheet?: string;
}

/** The sentence an item over missing data shows instead of its value: which fields the data lacks. */
function missingText(columns: readonly ColumnRef[], available: (ref: ColumnRef) => boolean, language: Language): string {
  const missing = columns.filter((ref) => !available(ref)).map((ref) => fieldLabel(ref.sheet, ref.column, language));
  return fill(TEXT.missing[language], { fields: [...new Set(missing)].join(TEXT.listSeparator[language]) });
}

/** What a helper or rank block reads: the funnel the leads' stages, the segment counts RFM's spill, the top ten the forecast's. */
function blockNeeds(key: HelperBlock['key'] | RankBlock['key']): ColumnRef[] {
  const itemColumns = (itemKey: string) => dashboardItems().find((i) => i.key === itemKey)!.args.flatMap(argumentColumns);
  switch (key) {
    case 'funnelStages': return [{ sheet: 'leads', column: 'stage' }];
    case 'rfmSegmentCounts': return itemColumns('rfm');
    case 'topCustomers': return itemColumns('clvForecast');
  }
}

/** The dashboard sheet: KPI list on the left, charts beside it, tables below, all in the user's language. */
export function planDashboard(options: PlanOptions): DashboardPlan {
  const { host, language, names, refStyle, tableSizes } = options;
  const statuses = options.statuses ?? SAMPLE_STATUSES;
  const available = options.available ?? (() => true);
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: string | number, style: CellStyle, format?: string) =>
    cells.push({ row, col, content, style, ...(format === undefined ? {} : { format }) });

  put(0, 0, TEXT.title[language], 'title');
  if (options.ownSheet === undefined) {
    const sheetList = DATA_SHEETS.map((s) => names.sheets[s.key]).join(TEXT.listSeparator[language]);
    put(1, 0, fill(TEXT.note[language], { sheets: sheetList }), 'note');
  } else {
    put(1, 0, fill(TEXT.ownNote[language], { sheet: options.ownSheet, statuses: TEXT.statuses[language] }), 'note');
  }

  const formulas = new Map(dashboardFormulas(refStyle, host, names.helper, language).map((f) => [f.key, f.formula]));
  let row = FIRST_SECTION_ROW;
  for (const section of DASHBOARD) {
    const scalars = section.items.filter((item) => !item.table);
    if (scalars.length === 0) continue;
    put(row++, 0, section.title[language], 'section');
    const lacking: ColumnRef[] = [];
    for (const item of scalars) {
      put(row, 0, item.label[language], 'label');
      if (itemAvailable(item, available)) put(row, 1, formulas.get(item.key)!, 'kpi', itemNumberFormat(item, language));
      else {
        put(row, 1, '—', 'missing');
        lacking.push(...item.args.flatMap(argumentColumns));
      }
      row++;
    }
    // One sentence under the section for what its KPIs lack, where the reader looks for the reason of a "—".
    if (lacking.length > 0) put(row++, 0, missingText(lacking, available, language), 'missing');
    row++;
  }

  const tableRow = Math.max(row + 1, FIRST_SECTION_ROW + CHART_ROWS + 1);
  const blockFormulas = helperBlockFormulas(refStyle, names.helper);
  const spills: PlannedSpill[] = [];
  const helpers: PlannedHelper[] = [];
  const colorScales: PlannedColorScale[] = [];
  const placedAt = new Map<string, { row: number; col: number; rows: number }>();
  const columnWidths: { col: number; width: number }[] = [{ col: 0, width: 330 }, { col: 1, width: 120 }, { col: 2, width: 24 }];
  let col = 0;
  const top = tableRow + 2;

  // The status block: every status of the deals once, its deals and their value, what it counts as, and
  // from that the won and lost labels the KPIs read. Its empty rows take a status the user adds later.
  if (available({ sheet: 'deals', column: 'status' })) {
    const statusRef = refStyle('deals', 'status');
    const headers = TEXT.statusHeaders[language].split('|');
    type BlockColumn = { header: string; helper: HelperRangeKey; formula?: (row: number) => string; format?: string; style?: CellStyle };
    // The narrow gap before the charts (column C) stays empty: the block's third column and on go right of it.
    const at = (i: number) => (col + i >= 2 ? col + i + 1 : col + i);
    const cell = (i: number, row: number) => `$${columnLetters(at(i))}${row + 1}`;
    const ifStatus = (row: number, formula: string) => `=IF(${cell(0, row)}="", "", ${formula})`;
    const blockColumns: BlockColumn[] = [
      { header: headers[0], helper: 'statusValues' },
      { header: headers[1], helper: 'statusCounts', formula: (row) => ifStatus(row, `COUNTIF(${statusRef}, ${cell(0, row)})`), format: '#,##0' },
      ...(available({ sheet: 'deals', column: 'amount' })
        ? [{ header: headers[2], helper: 'statusAmounts' as const, formula: (row: number) => ifStatus(row, `SUMIF(${statusRef}, ${cell(0, row)}, ${refStyle('deals', 'amount')})`), format: '#,##0' }] : []),
      ...(available({ sheet: 'deals', column: 'cost' })
        ? [{ header: headers[3], helper: 'statusCosts' as const, formula: (row: number) => ifStatus(row, `SUMIF(${statusRef}, ${cell(0, row)}, ${refStyle('deals', 'cost')})`), format: '#,##0' }] : []),
      { header: headers[4], helper: 'statusOutcomes' },
    ];
    const outcomeAt = blockColumns.length - 1;
    const labelColumn = (outcome: 'won' | 'lost', header: string, helper: HelperRangeKey): BlockColumn => ({
      header, helper, style: 'note',
      formula: (row) => `=IF(${cell(outcomeAt, row)}=${textLiteral(OUTCOME_WORDS[outcome][language])}, ${cell(0, row)}, "")`,
    });
    blockColumns.push(labelColumn('won', headers[5], 'statusWon'), labelColumn('lost', headers[6], 'statusLost'));
    const rows = statuses.length + STATUS_ROOM;
    put(tableRow, col, TEXT.statuses[language], 'section');
    blockColumns.forEach((c, i) => put(tableRow + 1, at(i), c.header, 'header'));
    for (let r = 0; r < rows; r++) {
      const status = statuses[r];
      blockColumns.forEach((c, i) => {
        if (c.helper === 'statusValues') { if (status) put(top + r, at(i), asText(status.value), 'label'); }
        else if (c.helper === 'statusOutcomes') put(top + r, at(i), status ? OUTCOME_WORDS[status.outcome][language] : '', 'outcome');
        else put(top + r, at(i), c.formula!(top + r), c.style ?? 'kpi', c.format);
      });
    }
    blockColumns.forEach((c, i) => helpers.push({ key: c.helper, name: names.helper(c.helper), kind: 'fixed', range: { row: top, col: at(i), rows, cols: 1 } }));
    // The first two columns keep the KPI list's widths.
    blockColumns.forEach((_, i) => { if (at(i) > 2) columnWidths.push({ col: at(i), width: 100 }); });
    col = at(blockColumns.length - 1) + 2;
  }

  for (const table of tableBlocks()) {
    if (table.kind === 'rank') {
      const { rank } = table;
      put(tableRow, col, rank.title[language], 'section');
      rank.headers.forEach((header, i) => put(tableRow + 1, col + i, header[language], 'header'));
      const needs = blockNeeds(rank.key);
      if (needs.every(available)) {
        rankBlockFormulas(rank, names.helper).forEach((r, i) => {
          put(top + i, col, r.label, 'label');
          put(top + i, col + 1, r.value, 'kpi', rank.format);
        });
      } else put(top, col, missingText(needs, available, language), 'missing');
      columnWidths.push({ col, width: 170 }, { col: col + 1, width: 120 });
      col += rank.headers.length + 1;
    } else if (table.kind === 'block') {
      const { block } = table;
      put(tableRow, col, block.title[language], 'section');
      block.headers.forEach((header, i) => put(tableRow + 1, col + i, header[language], 'header'));
      const needs = blockNeeds(block.key);
      if (needs.every(available)) {
        blockFormulas[block.key].forEach((r, i) => {
          put(top + i, col, r.label, 'label');
          put(top + i, col + 1, r.formula, 'kpi', '#,##0');
        });
        block.names?.forEach((key, i) => helpers.push({ key, name: names.helper(key), kind: 'fixed', range: { row: top, col: col + i, rows: block.rows.length, cols: 1 } }));
        placedAt.set(`block:${block.key}`, { row: top, col, rows: block.rows.length });
      } else put(top, col, missingText(needs, available, language), 'missing');
      columnWidths.push({ col, width: 150 }, { col: col + 1, width: 110 });
      col += block.headers.length + 1;
    } else {
      const { item } = table;
      const spec = item.table!;
      put(tableRow, col, item.label[language], 'section');
      spec.columns.forEach((header, i) => put(tableRow + 1, col + i, header[language], 'header'));
      spec.columns.forEach((_, i) => columnWidths.push({ col: col + i, width: i === 0 ? 170 : 110 }));
      let width = spec.columns.length;
      if (!itemAvailable(item, available)) {
        put(top, col, missingText(item.args.flatMap(argumentColumns), available, language), 'missing');
        col += width + 1;
        continue;
      }
      // Over data that gives the table no rows yet (an error, say), the formula still goes in and says why.
      const size = tableSizes[item.key] ?? (options.available ? { rows: 1, cols: spec.columns.length } : undefined);
      if (!(size && size.rows > 0)) throw new Error(`No sample size for the table ${item.key}`);
      put(top, col, formulas.get(item.key)!, 'spill');
      const formats = spec.formats.flatMap((format, i) => (format === undefined ? [] : [{ range: { row: top, col: col + i, rows: FORMAT_ROWS, cols: 1 }, format }]));
      if (spec.repeat) {
        const { header, format, room, colorScale } = spec.repeat;
        const first = col + spec.columns.length;
        // A repeated column's header shows only over a column the table reaches: the first row of a triangle is full.
        for (let n = 0; n < room; n++) {
          const label = fill(header[language], { n: n.toLocaleString(language === 'fa' ? 'fa-IR' : 'en-US') });
          put(tableRow + 1, first + n, `=IF(ISBLANK(${cellAddress(top, first + n)}), "", ${textLiteral(label)})`, 'header');
          columnWidths.push({ col: first + n, width: 80 });
        }
        // Rows: a triangle has no more rows than columns.
        const block = { row: top, col: first, rows: room, cols: room };
        formats.push({ range: block, format });
        colorScales.push({ range: block, ...colorScale });
        width += room;
      }
      spills.push({ item: item.key, row: top, col, cols: size.cols, sampleRows: size.rows, formats });
      placedAt.set(`item:${item.key}`, { row: top, col, rows: size.rows });
      col += width + 1;
    }
  }

  // Spill columns other formulas read (RFM's segments, the forecast's customers and values) are helper ranges too.
  for (const spill of spills) {
    for (const { column, helper } of dashboardItems().find((i) => i.key === spill.item)!.spillColumns ?? []) {
      helpers.push({ key: helper, name: names.helper(helper), kind: 'spill-column', anchor: { row: spill.row, col: spill.col }, column });
    }
  }

  const sourceOf = (chart: ChartSpec) => ('item' in chart.source ? placedAt.get(`item:${chart.source.item}`) : placedAt.get(`block:${chart.source.block}`));
  // A chart over data the sheet lacks is left out (its block says what is missing), and the others close up.
  const shown = CHARTS.filter((chart) => {
    if (!sourceOf(chart) && !options.available) throw new Error(`The chart ${chart.key} has no source on the dashboard`);
    return sourceOf(chart) !== undefined;
  });
  const slots = chartSlots(shown);
  const charts = shown.map((chart, i): PlannedChart => {
    const source = sourceOf(chart)!;
    const column = (offset: number): PlannedRange => ({ row: source.row, col: source.col + offset, rows: source.rows, cols: 1 });
    return {
      key: chart.key,
      type: chart.type,
      title: chart.title[language],
      seriesName: chart.seriesName[language],
      categories: column(chart.categoryColumn),
      values: column(chart.valueColumn),
      anchor: { row: FIRST_SECTION_ROW, col: CHART_COL, offsetX: slots[i].col * (CHART_WIDTH + CHART_GAP), offsetY: slots[i].row * (CHART_HEIGHT + CHART_GAP) },
      width: chart.wide ? 2 * CHART_WIDTH + CHART_GAP : CHART_WIDTH,
      height: CHART_HEIGHT,
    };
  });

  return { sheet: names.dashboardSheet, language, rightToLeft: language === 'fa', cells, spills, helpers, charts, colorScales, columnWidths };
}
