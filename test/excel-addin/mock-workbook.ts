// An Excel workbook on office-addin-mock for the template builder: sheets, ranges, tables, names and charts it records.
import { OfficeMockObject } from 'office-addin-mock';

/** A range the builder asked for, with what it set on it. */
export interface MockRange {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  /** The conditional formats added on the range, as the builder set them. */
  readonly conditional: { type: string; colorScale: { criteria?: unknown } }[];
  top: number;
  left: number;
  format: {
    font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
    fill: { color?: string };
    columnWidth?: number;
    wrapText?: boolean;
    readingOrder?: string;
    horizontalAlignment?: string;
    autofitted?: boolean;
  };
}

export interface MockTable { name?: string; style?: string; range: MockRange; hasHeaders: boolean }
export interface MockChart {
  type: string;
  source: MockRange;
  seriesBy: string;
  xAxis?: MockRange;
  seriesName?: string;
  title: { text?: string };
  legend: { visible?: boolean };
  axes: { categoryAxis: { reversePlotOrder?: boolean } };
  dataLabels: { showPercentage?: boolean };
  left?: number; top?: number; width?: number; height?: number;
}
export interface MockSheet {
  readonly name: string;
  readonly ranges: MockRange[];
  readonly tables: MockTable[];
  readonly charts: MockChart[];
  frozenRows?: number;
  activated: boolean;
}

/** Excel's defaults: 64-pixel columns (48 points), 20-pixel rows (15 points). */
const DEFAULT_COLUMN_POINTS = 48;
const ROW_POINTS = 15;

/** Office.js loads 'items/name' on a collection; office-addin-mock only knows 'items', so the path is cut there. */
function collection(items: { name: string }[], extra: Record<string, unknown>) {
  return {
    items,
    load(this: OfficeMockObject, properties: string) {
      return OfficeMockObject.prototype.load.call(this, String(properties).replace(/^items\/.*$/, 'items'));
    },
    ...extra,
  };
}

export interface MockWorkbook {
  readonly excel: Pick<typeof Excel, 'run'>;
  readonly sheets: MockSheet[];
  readonly names: { name: string; formula: string }[];
  readonly existingSheets: readonly string[];
  readonly syncs: number;
}

/** A workbook with the given sheets, defined names and tables already in it. */
export function mockWorkbook(existing: { sheets: string[]; names?: string[]; tables?: string[] }): MockWorkbook {
  const sheets: MockSheet[] = existing.sheets.map((name) => ({ name, ranges: [], tables: [], charts: [], activated: false }));
  const names: { name: string; formula: string }[] = (existing.names ?? []).map((name) => ({ name, formula: '=#REF!' }));
  const tableNames = [...(existing.tables ?? [])];
  const mocks: OfficeMockObject[] = [];
  const track = <T extends OfficeMockObject>(mock: T) => { mocks.push(mock); return mock; };
  /**
   * What a collection's items are now: loading them again sees what was added since. office-addin-mock 3
   * has no public way to change a seeded value; setValue is what its own seeding calls (and unloads it).
   */
  const refresh = () => {
    const collections = workbook as unknown as Record<'worksheets' | 'names' | 'tables', { setValue(key: string, value: unknown): void }>;
    collections.worksheets.setValue('items', sheets.map((s) => ({ name: s.name })));
    collections.names.setValue('items', names.map((n) => ({ name: n.name })));
    collections.tables.setValue('items', tableNames.map((name) => ({ name })));
  };
  const taken = (name: string) => [...names.map((n) => n.name), ...tableNames].some((n) => n.toLowerCase() === name.toLowerCase());
  let syncs = 0;

  function range(sheet: MockSheet, row: number, col: number, rows: number, cols: number): MockRange {
    let left = 0;
    for (let c = 0; c < col; c++) {
      const set = sheet.ranges.find((r) => r.col === c && r.cols === 1 && typeof r.format.columnWidth === 'number');
      left += set ? set.format.columnWidth! : DEFAULT_COLUMN_POINTS;
    }
    const mock = track(new OfficeMockObject({
      top: row * ROW_POINTS,
      left,
      format: { font: {}, fill: {}, autofitColumns() { (this as unknown as { autofitted: boolean }).autofitted = true; } },
    }));
    const conditional: MockRange['conditional'] = [];
    Object.assign(mock, {
      sheet: sheet.name, row, col, rows, cols, conditional,
      conditionalFormats: { add: (type: string) => { const format = { type, colorScale: {} }; conditional.push(format); return format; } },
    });
    sheet.ranges.push(mock as unknown as MockRange);
    return mock as unknown as MockRange;
  }

  function worksheet(sheet: MockSheet) {
    return {
      name: sheet.name,
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(sheet, row, col, rows, cols),
      tables: {
        add: (source: MockRange, hasHeaders: boolean) => {
          const table: MockTable = { range: source, hasHeaders };
          sheet.tables.push(table);
          // The name is set after add: it must still be free when the builder sets it.
          return new Proxy(table, {
            set: (target, key, value) => {
              if (key === 'name') {
                if (taken(value)) throw new Error(`A table or name "${value}" already exists.`);
                tableNames.push(value);
                refresh();
              }
              (target as unknown as Record<string | symbol, unknown>)[key] = value;
              return true;
            },
          });
        },
      },
      charts: {
        add: (type: string, source: MockRange, seriesBy: string) => {
          const chart: MockChart = { type, source, seriesBy, title: {}, legend: {}, axes: { categoryAxis: {} }, dataLabels: {} };
          sheet.charts.push(chart);
          return Object.assign(chart, {
            series: { getItemAt: (i: number) => {
              if (i !== 0) throw new Error('The chart has one series');
              return {
                setXAxisValues: (r: MockRange) => { chart.xAxis = r; },
                set name(value: string) { chart.seriesName = value; },
              };
            } },
          });
        },
      },
      freezePanes: { freezeRows: (n: number) => { sheet.frozenRows = n; } },
      activate: () => { sheets.forEach((s) => { s.activated = s === sheet; }); },
    };
  }

  const workbook = track(new OfficeMockObject({
    worksheets: collection(sheets.map((s) => ({ name: s.name })), {
      add: (name: string) => {
        if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet named "${name}" already exists.`);
        const sheet: MockSheet = { name, ranges: [], tables: [], charts: [], activated: false };
        sheets.push(sheet);
        refresh();
        return worksheet(sheet);
      },
    }),
    names: collection(names.map((n) => ({ name: n.name })), {
      add: (name: string, formula: string) => {
        if (taken(name)) throw new Error(`A resource with the same name or identifier already exists: ${name}`);
        names.push({ name, formula });
        refresh();
        return { name };
      },
    }),
    tables: collection(tableNames.map((name) => ({ name })), {}),
  }));
  const context = {
    workbook,
    sync: async () => {
      syncs++;
      for (const mock of mocks) await mock.sync();
    },
  };
  return {
    excel: { run: (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as typeof Excel.run },
    sheets,
    names,
    existingSheets: existing.sheets,
    get syncs() { return syncs; },
  };
}
