// The dashboard template: formulas parse and call real KPIs, labels in every language, and HyperFormula agrees with the core.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetters, findKpi, isKpiError, REGISTRY, runKpi, type HostCell, type KpiDefinition } from '../../../core';
import { LANGUAGES } from '../../../core/translations';
import {
  CHARTS, DASHBOARD, dashboardFormulas, dashboardItems, HELPER_BLOCKS, HELPER_RANGES, helperBlockFormulas, itemKpi,
  itemNumberFormat, RFM_SEGMENTS, type DashboardArg, type HelperRangeKey, type NativeCall,
} from '../../../ui/template/dashboard';
import {
  columnIndex, columnRangeName, DATA_SHEETS, dataSheet, sampleColumn, sampleData, structuredReference,
  type DataSheetKey, type SampleCell,
} from '../../../ui/template/sample-data';
import { kpiCall, parseCall } from '../../../ui/wizard/formula';
import { CALLS, registerKpiFunctions } from './hyperformula-kpi';

const HOSTS = ['excel', 'sheets'] as const;
const data = sampleData(1);
const items = dashboardItems();

/** Excel: structured references; Sheets: named ranges. */
const REF_STYLES = { excel: structuredReference, sheets: columnRangeName } as const;

describe('dashboard formulas', () => {
  it('are what a reader of the template expects (Sheets)', () => {
    const formulas = Object.fromEntries(dashboardFormulas(columnRangeName, 'sheets').map((f) => [f.key, f.formula]));
    expect(formulas).toEqual({
      winRate: '=WIN_RATE(Deals_Status)',
      avgDealSize: '=AVG_DEAL_SIZE(Deals_Amount, Deals_Status)',
      salesCycle: '=SALES_CYCLE(Deals_Created, Deals_Closed)',
      repeatDeals: '=REPEAT_DEALS(Deals_Account)',
      avgResponseTime: '=AVG_RESPONSE_TIME(Leads_Received, Leads_FirstResponse)',
      closeRate: '=CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))',
      funnel: '=FUNNEL(Funnel_Count, Funnel_Stage)',
      profitMargin: '=PROFIT_MARGIN(SUMIF(Deals_Status, "Won", Deals_Amount), SUMIF(Deals_Status, "Won", Deals_Cost))',
      revenuePerRep: '=REVENUE_PER_REP(SUMIF(Deals_Status, "Won", Deals_Amount), Deals_Owner)',
      cac: '=CAC(Spend_Amount, COUNTIF(Deals_Status, "Won"))',
      valueBySource: '=BY_SOURCE(Deals_Source, Deals_Amount)',
      nps: '=NPS(Survey_NpsScore)',
      csat: '=CSAT(Survey_CsatRating)',
      npsBreakdown: '=NPS_BREAKDOWN(Survey_NpsScore)',
      rfm: '=RFM(Orders_Customer, Orders_Date, Orders_Amount)',
    });
  });

  it('use structured references and the KPI namespace in Excel', () => {
    const formulas = Object.fromEntries(dashboardFormulas(structuredReference, 'excel').map((f) => [f.key, f.formula]));
    expect(formulas.winRate).toBe('=KPI.WIN_RATE(Deals[Status])');
    expect(formulas.avgResponseTime).toBe('=KPI.AVG_RESPONSE_TIME(Leads[Received], Leads[First response])');
    expect(formulas.cac).toBe('=KPI.CAC(Spend[Amount], COUNTIF(Deals[Status], "Won"))');
    const placed = dashboardFormulas(structuredReference, 'excel', (h) => `INDEX(Dashboard!$B$40#,0,${h === 'rfmSegments' ? 8 : 1})`);
    expect(placed.find((f) => f.key === 'funnel')!.formula).toBe('=KPI.FUNNEL(INDEX(Dashboard!$B$40#,0,1), INDEX(Dashboard!$B$40#,0,1))');
  });

  for (const host of HOSTS) {
    it(`parse as one call of a registry function with a valid argument count (${host})`, () => {
      const formulas = dashboardFormulas(REF_STYLES[host], host);
      expect(formulas.map((f) => f.key)).toEqual(items.map((i) => i.key));
      for (const f of formulas) {
        const call = kpiCall(f.formula, host);
        expect(call, f.formula).toBeDefined();
        const def = call!.def;
        expect(REGISTRY).toContain(def);
        expect(def.id).toBe(f.kpi);
        const required = def.params.filter((p) => !p.optional).length;
        expect(call!.args.length, f.formula).toBeGreaterThanOrEqual(required);
        expect(call!.args.length, f.formula).toBeLessThanOrEqual(def.params.length);
        expect(call!.args.every((a) => a !== ''), f.formula).toBe(true);
        expect(f.spills).toBe(def.result === 'table');
        // The other host does not read it as its call.
        expect(kpiCall(f.formula, host === 'excel' ? 'sheets' : 'excel')).toBeUndefined();
      }
    });
  }

  it('give nested native calls only to single-value arguments, and ranges to range arguments', () => {
    for (const item of items) {
      const def = itemKpi(item);
      item.args.forEach((arg, i) => {
        const kind = def.params[i].kind;
        const where = `${item.key} argument ${def.params[i].name}`;
        if (arg.kind === 'native') expect(['number', 'numbers', 'count-or-names'], where).toContain(kind);
        if (arg.kind === 'column' || arg.kind === 'helper') expect(['numbers', 'dates', 'labels', 'cells', 'count-or-names'], where).toContain(kind);
      });
    }
  });

  it('cover the catalog broadly', () => {
    const ids = new Set(items.map((i) => i.kpi));
    for (const id of ['WIN_RATE', 'AVG_DEAL_SIZE', 'SALES_CYCLE', 'AVG_RESPONSE_TIME', 'REPEAT_DEALS', 'CAC', 'PROFIT_MARGIN',
      'REVENUE_PER_REP', 'NPS', 'CSAT', 'BY_SOURCE', 'FUNNEL', 'NPS_BREAKDOWN', 'RFM']) expect(ids).toContain(id);
  });
});

describe('labels, formats and charts', () => {
  it('has every label in en, fa and el, Persian in Persian script and Greek in Greek', () => {
    const labels = [
      ...DASHBOARD.flatMap((s) => [s.title, ...s.items.flatMap((i) => [i.label, ...(i.table?.columns ?? [])])]),
      ...HELPER_BLOCKS.flatMap((b) => [b.title, ...b.headers]),
      ...CHARTS.flatMap((c) => [c.title, c.seriesName]),
    ];
    for (const label of labels) {
      for (const language of LANGUAGES) expect(label[language]?.trim(), JSON.stringify(label)).toBeTruthy();
      if (/^[RFM]$/.test(label.en)) continue;
      expect(label.fa, label.en).toMatch(/[\u0600-\u06FF]/);
      expect(label.el, label.en).toMatch(/[\u0370-\u03FF]/);
      expect(label.fa).not.toBe(label.en);
      expect(label.el).not.toBe(label.en);
    }
    const keys = [...DASHBOARD.map((s) => s.key), ...items.map((i) => i.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives scalar items the wizard number format and tables a format per column', () => {
    for (const item of items) {
      const def = itemKpi(item);
      if (def.result === 'table') {
        expect(item.table, item.key).toBeDefined();
        expect(item.table!.columns).toHaveLength(def.columns!.length);
        expect(item.table!.formats).toHaveLength(def.columns!.length);
        for (const language of LANGUAGES) expect(itemNumberFormat(item, language)).toBeUndefined();
      } else {
        expect(item.table, item.key).toBeUndefined();
        for (const language of LANGUAGES) expect(itemNumberFormat(item, language), item.key).toBeTruthy();
      }
    }
    expect(itemNumberFormat(items.find((i) => i.key === 'winRate')!, 'en')).toBe('0.0%');
    expect(itemNumberFormat(items.find((i) => i.key === 'salesCycle')!, 'fa')).toBe('0.0 "روز"');
  });

  it('charts tables that exist, on columns they have', () => {
    expect(CHARTS.map((c) => c.key)).toEqual(['funnel', 'npsBreakdown', 'valueBySource', 'rfmSegments']);
    for (const chart of CHARTS) {
      const width = 'item' in chart.source
        ? items.find((i) => 'item' in chart.source && i.key === chart.source.item)?.table?.columns.length
        : HELPER_BLOCKS.find((b) => 'block' in chart.source && b.key === chart.source.block)?.headers.length;
      expect(width, chart.key).toBeDefined();
      expect(chart.categoryColumn).toBeLessThan(width!);
      expect(chart.valueColumn).toBeLessThan(width!);
    }
  });

  it('names the helper ranges the items and blocks use, and counts every RFM segment', () => {
    const used = new Set<HelperRangeKey>();
    for (const item of items) for (const arg of item.args) if (arg.kind === 'helper') used.add(arg.helper);
    for (const block of HELPER_BLOCKS) for (const row of block.rows) for (const c of row.countIf) if ('helper' in c.range) used.add(c.range.helper);
    expect([...used].sort()).toEqual(Object.keys(HELPER_RANGES).sort());
    expect(HELPER_BLOCKS.find((b) => b.key === 'rfmSegmentCounts')!.rows.map((r) => r.label)).toEqual([...RFM_SEGMENTS]);
    const blocks = helperBlockFormulas(columnRangeName);
    expect(blocks.funnelStages[1]).toEqual({ label: 'SQL', formula: '=COUNTIF(Leads_Stage, "SQL")+COUNTIF(Leads_Stage, "Opportunity")+COUNTIF(Leads_Stage, "Customer")' });
    expect(blocks.rfmSegmentCounts[0]).toEqual({ label: 'Champions', formula: '=COUNTIF(Rfm_Segment, "Champions")' });
    for (const rows of Object.values(blocks)) for (const row of rows) expect(parseCall(row.formula.split('+')[0])).toBeDefined();
  });
});

// ---------------------------------------------------------------- the real formula engine

/** The core called directly on the sample data: what each argument means, computed in plain TypeScript. */
const sameLabel = (cell: SampleCell, text: string) => cell !== null && String(cell).trim().toLowerCase() === text.toLowerCase();
const values = (sheet: DataSheetKey, column: string) => sampleColumn(data, sheet, column).map((row) => row[0]);

function nativeValue(call: NativeCall): number {
  const [range, criterion, sum] = call.args;
  if (typeof range === 'string' || 'helper' in range) throw new Error('the direct evaluation reads data columns only');
  const cells = values(range.sheet, range.column);
  if (call.fn === 'COUNTA') return cells.filter((c) => c !== null).length;
  if (call.fn === 'COUNTIF') return cells.filter((c) => sameLabel(c, criterion as string)).length;
  const sums = values((sum as { sheet: DataSheetKey }).sheet, (sum as { column: string }).column);
  return cells.reduce<number>((total, c, i) => (sameLabel(c, criterion as string) ? total + (sums[i] as number) : total), 0);
}

const funnelBlock = HELPER_BLOCKS.find((b) => b.key === 'funnelStages')!;

function helperValue(helper: HelperRangeKey): HostCell[][] {
  if (helper === 'funnelStages') return funnelBlock.rows.map((r) => [r.label]);
  if (helper === 'funnelCounts') {
    return funnelBlock.rows.map((r) => [r.countIf.reduce((n, c) => n + values('leads', 'stage').filter((s) => sameLabel(s, c.equals)).length, 0)]);
  }
  throw new Error(`no direct value for ${helper}`);
}

function directArgument(arg: DashboardArg): unknown {
  switch (arg.kind) {
    case 'column': return sampleColumn(data, arg.ref.sheet, arg.ref.column);
    case 'helper': return helperValue(arg.helper);
    case 'native': return nativeValue(arg.call);
    case 'number': case 'text': return arg.value;
  }
}

const directResults = new Map(items.map((item) => [item.key, runKpi(itemKpi(item), item.args.map(directArgument))]));

/** Where the test puts things on its Dashboard sheet (0-based rows and columns). */
const scalarItems = items.filter((i) => !i.table);
const tableItems = items.filter((i) => i.table);
const FUNNEL_BLOCK_COL = 2;
const tableCol = (index: number) => 5 + 9 * index;
const SEGMENT_BLOCK_COL = tableCol(tableItems.length);
const RFM_SEGMENT_COL = tableCol(tableItems.findIndex((i) => i.key === 'rfm')) + 7;

const absolute = (sheet: string, col: number, firstRow: number, lastRow: number) =>
  `${sheet}!$${columnLetters(col)}$${firstRow + 1}:$${columnLetters(col)}$${lastRow + 1}`;

/** Excel in the test: HyperFormula has no structured references, so columns are absolute A1 ranges of the data. */
const a1Column = (sheet: DataSheetKey, column: string) => absolute(dataSheet(sheet).name, columnIndex(sheet, column), 1, data[sheet].rows.length);

const HELPER_DEFINITIONS: Readonly<Record<HelperRangeKey, string>> = {
  funnelStages: `=${absolute('Dashboard', FUNNEL_BLOCK_COL, 0, funnelBlock.rows.length - 1)}`,
  funnelCounts: `=${absolute('Dashboard', FUNNEL_BLOCK_COL + 1, 0, funnelBlock.rows.length - 1)}`,
  rfmSegments: `=${absolute('Dashboard', RFM_SEGMENT_COL, 0, 1999)}`,
};

type DateMode = 'dates' | 'text';

/**
 * A workbook like the template's: the data sheets, a name per column (`Deals_Status` = `Deals!$E$2:$E$501`),
 * the helper ranges, and a Dashboard sheet with the helper blocks and every item's formula for `host`.
 * With 'dates', ISO text becomes date numbers as both hosts store typed dates; with 'text', dates stay text.
 */
function buildWorkbook(host: 'excel' | 'sheets', dates: DateMode) {
  registerKpiFunctions();
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of DATA_SHEETS) sheets[sheet.name] = [data[sheet.key].headers, ...data[sheet.key].rows];
  const namedExpressions = DATA_SHEETS.flatMap((sheet) => sheet.columns.map((c) => ({
    name: columnRangeName(sheet.key, c.key),
    expression: `=${a1Column(sheet.key, c.key)}`,
  })));
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    // Show numbers as computed: by default HyperFormula rounds results to 10 significant digits for display.
    smartRounding: false,
    // 'text' keeps dates as text: no date format matches ISO text.
    dateFormats: dates === 'dates' ? ['YYYY-MM-DD'] : ['DD.MM.YYYY'],
    timeFormats: ['hh:mm'],
  }, namedExpressions);
  hf.addSheet('Dashboard');
  const dashboard = hf.getSheetId('Dashboard')!;
  for (const [key, expression] of Object.entries(HELPER_DEFINITIONS)) hf.addNamedExpression(HELPER_RANGES[key as HelperRangeKey].name, expression);

  const refStyle = host === 'excel' ? a1Column : columnRangeName;
  const blocks = helperBlockFormulas(refStyle);
  hf.setCellContents({ sheet: dashboard, row: 0, col: FUNNEL_BLOCK_COL }, blocks.funnelStages.map((r) => [r.label, r.formula]));
  const formulas = dashboardFormulas(refStyle, host);
  const cells = new Map<string, { row: number; col: number }>();
  for (const f of formulas) {
    const scalar = scalarItems.findIndex((i) => i.key === f.key);
    const place = scalar >= 0 ? { row: scalar, col: 0 } : { row: 0, col: tableCol(tableItems.findIndex((i) => i.key === f.key)) };
    cells.set(f.key, place);
    hf.setCellContents({ sheet: dashboard, ...place }, [[f.formula]]);
  }
  hf.setCellContents({ sheet: dashboard, row: 0, col: SEGMENT_BLOCK_COL }, blocks.rfmSegmentCounts.map((r) => [r.label, r.formula]));
  return { hf, dashboard, cells, formulas };
}

for (const host of HOSTS) {
  for (const dates of ['dates', 'text'] as const) {
    describe(`in HyperFormula (${host} formulas, ${dates === 'dates' ? 'dates stored as dates' : 'dates stored as text'})`, () => {
      let book: ReturnType<typeof buildWorkbook>;
      beforeAll(() => {
        CALLS.length = 0;
        book = buildWorkbook(host, dates);
      });

      it('stores the data as the mode says', () => {
        const deals = book.hf.getSheetId('Deals')!;
        const created = columnIndex('deals', 'created');
        const leads = book.hf.getSheetId('Leads')!;
        expect(book.hf.getCellValueType({ sheet: deals, row: 1, col: created })).toBe(dates === 'dates' ? 'NUMBER' : 'STRING');
        expect(book.hf.getCellValueDetailedType({ sheet: leads, row: 1, col: columnIndex('leads', 'received') })).toBe(dates === 'dates' ? 'NUMBER_DATETIME' : 'STRING');
      });

      it('calls the core through the custom functions', () => {
        const called = new Set(CALLS.map((c) => c.id));
        for (const item of items) expect(called, item.key).toContain(item.kpi);
        // A column arrives as rows of single cells, blanks as null, like a host passes a range.
        const cycle = CALLS.find((c) => c.id === 'SALES_CYCLE')!.args;
        expect((cycle[1] as unknown[][]).length).toBe(500);
        expect((cycle[1] as unknown[][]).some((row) => row[0] === null)).toBe(true);
        expect(typeof (cycle[0] as unknown[][])[0][0]).toBe(dates === 'dates' ? 'number' : 'string');
      });

      for (const item of items) {
        it(`${item.key}: ${item.kpi} gives what the core gives on the sample data`, () => {
          const expected = directResults.get(item.key)!;
          expect(isKpiError(expected), `${item.key}: ${isKpiError(expected) ? expected.message : ''}`).toBe(false);
          const place = book.cells.get(item.key)!;
          const at = (r: number, c: number) => book.hf.getCellValue({ sheet: book.dashboard, row: place.row + r, col: place.col + c });
          if (typeof expected === 'number') {
            expect(at(0, 0)).toBe(expected);
            return;
          }
          const table = expected as (string | number)[][];
          expect(table.length).toBeGreaterThan(0);
          const got = table.map((row, r) => row.map((_, c) => at(r, c)));
          expect(got).toEqual(table);
          // The spill is exactly the table: nothing below it or to its right.
          expect(at(table.length, 0)).toBeNull();
          expect(at(0, table[0].length)).toBeNull();
        });
      }

      it('counts leads per stage reached and customers per RFM segment with native formulas', () => {
        const read = (col: number, rows: number) => Array.from({ length: rows }, (_, r) => book.hf.getCellValue({ sheet: book.dashboard, row: r, col }));
        expect(read(FUNNEL_BLOCK_COL + 1, funnelBlock.rows.length)).toEqual(helperValue('funnelCounts').map((r) => r[0]));
        const rfm = directResults.get('rfm') as (string | number)[][];
        const perSegment = RFM_SEGMENTS.map((s) => rfm.filter((row) => row[7] === s).length);
        expect(perSegment.reduce((a, b) => a + b, 0)).toBe(rfm.length);
        expect(read(SEGMENT_BLOCK_COL + 1, RFM_SEGMENTS.length)).toEqual(perSegment);
      });

      it('shows a KPI error as a spreadsheet error with the core message', () => {
        const name = host === 'excel' ? 'KPI.NPS' : 'NPS';
        const ref = host === 'excel' ? a1Column('deals', 'status') : 'Deals_Status';
        book.hf.setCellContents({ sheet: book.dashboard, row: 60, col: 0 }, [[`=${name}(${ref})`]]);
        const value = book.hf.getCellValue({ sheet: book.dashboard, row: 60, col: 0 }) as { type?: string; message?: string };
        expect(value.type).toBe('VALUE');
        expect(value.message).toMatch(/^NPS: scores row 1 is "Lost", expected/);
      });
    });
  }
}

describe('the direct evaluation', () => {
  it('finds every item and does not hide a KPI error', () => {
    for (const item of items) {
      const result = directResults.get(item.key);
      expect(result, item.key).toBeDefined();
      expect(isKpiError(result), item.key).toBe(false);
    }
    const def: KpiDefinition = findKpi('WIN_RATE')!;
    const statuses = values('deals', 'status');
    const won = statuses.filter((s) => s === 'Won').length;
    const lost = statuses.filter((s) => s === 'Lost').length;
    expect(directResults.get('winRate')).toBe(won / (won + lost));
    expect(runKpi(def, [sampleColumn(data, 'deals', 'status')])).toBe(won / (won + lost));
    const spend = values('spend', 'amount').reduce<number>((a, b) => a + (b as number), 0);
    expect(directResults.get('cac')).toBe(spend / won);
  });
});
