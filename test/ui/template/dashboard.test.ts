// The dashboard template: formulas parse and call real KPIs, labels in every language, and HyperFormula agrees with the core.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetters, findKpi, isKpiError, REGISTRY, runKpi, type KpiDefinition, type RunResult } from '../../../core';
import { RFM_SEGMENTS } from '../../../core/kpis/rfm';
import { LANGUAGES, type Language } from '../../../core/translations';
import {
  CHARTS, DASHBOARD, dashboardFormulas, dashboardItems, HELPER_BLOCKS, helperBlockFormulas, itemKpi, RANK_BLOCKS,
  itemNumberFormat, type ColumnRefStyle,
} from '../../../ui/template/dashboard';
import { HELPER_RANGES, type HelperRangeKey } from '../../../ui/template/template-names';
import {
  columnIndex, columnRangeName, DATA_SHEETS, sampleColumn, sampleData, structuredReference,
  type DataSheetKey,
} from '../../../ui/template/sample-data';
import { planDashboard, sampleTableSizes, type DashboardPlan } from '../../../ui/template/layout';
import { dataSheetValues } from '../../../ui/template/data-sheets';
import { templateNames } from '../../../ui/template/template-names';
import { kpiCall, parseCall, quoteSheet } from '../../../ui/wizard/formula';
import { directDashboardResults, directHelperValue } from './direct-results';
import { CALLS, registerKpiFunctions } from './hyperformula-kpi';

const HOSTS = ['excel', 'sheets'] as const;
const data = sampleData(1);
const tableSizes = sampleTableSizes(data, 'en');
const items = dashboardItems();

/** Excel: structured references; Sheets: named ranges. */
const REF_STYLES = { excel: structuredReference, sheets: columnRangeName } as const;

describe('dashboard formulas', () => {
  it('are what a reader of the template expects (Sheets)', () => {
    const formulas = Object.fromEntries(dashboardFormulas(columnRangeName, 'sheets').map((f) => [f.key, f.formula]));
    expect(formulas).toEqual({
      winRate: '=WIN_RATE(Deals_Status, Status_Won, Status_Lost)',
      avgDealSize: '=AVG_DEAL_SIZE(Deals_Amount, Deals_Status, Status_Won)',
      salesCycle: '=SALES_CYCLE(Deals_Created, Deals_Closed, Deals_Status, Status_Won, Status_Lost)',
      repeatDeals: '=REPEAT_DEALS(Deals_Account)',
      avgResponseTime: '=AVG_RESPONSE_TIME(Leads_Received, Leads_FirstResponse)',
      closeRate: '=CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))',
      funnel: '=FUNNEL(Funnel_Count, Funnel_Stage)',
      profitMargin: '=PROFIT_MARGIN(SUMIF(Status_Outcome, "won", Status_Amount), SUMIF(Status_Outcome, "won", Status_Cost))',
      revenuePerRep: '=REVENUE_PER_REP(SUMIF(Status_Outcome, "won", Status_Amount), Deals_Owner)',
      cac: '=CAC(Spend_Amount, SUMIF(Status_Outcome, "won", Status_Count))',
      valueBySource: '=BY_SOURCE(Deals_Source, Deals_Amount)',
      nps: '=NPS(Survey_NpsScore)',
      csat: '=CSAT(Survey_CsatRating)',
      npsBreakdown: '=NPS_BREAKDOWN(Survey_NpsScore)',
      rfm: '=RFM(Orders_Customer, Orders_Date, Orders_Amount)',
      wonRevenueByMonth: '=BY_PERIOD(FILTER(Deals_Closed, ISNUMBER(MATCH(Deals_Status, FILTER(Status_Value, Status_Outcome="won"), 0))), FILTER(Deals_Amount, ISNUMBER(MATCH(Deals_Status, FILTER(Status_Value, Status_Outcome="won"), 0))), "month", "gregorian")',
      cohortRetention: '=COHORT_RETENTION(Orders_Customer, Orders_Date, "quarter", "gregorian")',
      clvModel: '=CLV_MODEL(Orders_Customer, Orders_Date, Orders_Amount)',
      clvForecast: '=CLV_FORECAST(Orders_Customer, Orders_Date, Orders_Amount, 365)',
    });
  });

  it('use structured references and the KPI namespace in Excel', () => {
    const formulas = Object.fromEntries(dashboardFormulas(structuredReference, 'excel').map((f) => [f.key, f.formula]));
    expect(formulas.winRate).toBe('=KPI.WIN_RATE(Deals[Status], Status_Won, Status_Lost)');
    expect(formulas.avgResponseTime).toBe('=KPI.AVG_RESPONSE_TIME(Leads[Received], Leads[First response])');
    expect(formulas.cac).toBe('=KPI.CAC(Spend[Amount], SUMIF(Status_Outcome, "won", Status_Count))');
    const placed = dashboardFormulas(structuredReference, 'excel', (h) => `INDEX(Dashboard!$B$40#,0,${h === 'rfmSegments' ? 8 : 1})`);
    expect(placed.find((f) => f.key === 'funnel')!.formula).toBe('=KPI.FUNNEL(INDEX(Dashboard!$B$40#,0,1), INDEX(Dashboard!$B$40#,0,1))');
    expect(formulas.wonRevenueByMonth).toBe('=KPI.BY_PERIOD(FILTER(Deals[Closed], ISNUMBER(MATCH(Deals[Status], FILTER(Status_Value, Status_Outcome="won"), 0))), FILTER(Deals[Amount], ISNUMBER(MATCH(Deals[Status], FILTER(Status_Value, Status_Outcome="won"), 0))), "month", "gregorian")');
  });

  it('count in the Solar Hijri calendar in the Persian dashboard only', () => {
    for (const language of LANGUAGES) {
      const formulas = Object.fromEntries(dashboardFormulas(columnRangeName, 'sheets', undefined, language).map((f) => [f.key, f.formula]));
      const calendar = language === 'fa' ? '"jalali"' : '"gregorian"';
      expect(formulas.wonRevenueByMonth.endsWith(`"month", ${calendar})`), language).toBe(true);
      expect(formulas.cohortRetention, language).toBe(`=COHORT_RETENTION(Orders_Customer, Orders_Date, "quarter", ${calendar})`);
    }
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
        if (arg.kind === 'column' || arg.kind === 'helper' || arg.kind === 'won') expect(['numbers', 'dates', 'labels', 'cells', 'count-or-names'], where).toContain(kind);
        if (arg.kind === 'statusLabels') expect(kind, where).toBe('label-set');
        if (arg.kind === 'wonTotal') expect(['number', 'numbers', 'count-or-names'], where).toContain(kind);
        if (arg.kind === 'text' || arg.kind === 'localText') {
          // A text argument is one of the parameter's choices, in every language.
          const choices = Object.keys(def.params[i].choices ?? {});
          for (const text of arg.kind === 'text' ? [arg.value] : LANGUAGES.map((l) => arg.value[l])) expect(choices, where).toContain(text);
        }
      });
    }
  });

  it('cover the catalog broadly', () => {
    const ids = new Set(items.map((i) => i.kpi));
    for (const id of ['WIN_RATE', 'AVG_DEAL_SIZE', 'SALES_CYCLE', 'AVG_RESPONSE_TIME', 'REPEAT_DEALS', 'CAC', 'PROFIT_MARGIN',
      'REVENUE_PER_REP', 'NPS', 'CSAT', 'BY_SOURCE', 'FUNNEL', 'NPS_BREAKDOWN', 'RFM', 'BY_PERIOD', 'COHORT_RETENTION']) expect(ids).toContain(id);
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
        // A repeated column (the cohort triangle's periods) is one column of the definition.
        const repeated = item.table!.repeat ? 1 : 0;
        expect(item.table!.columns).toHaveLength(def.columns!.length - repeated);
        expect(item.table!.formats).toHaveLength(def.columns!.length - repeated);
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
    expect(CHARTS.map((c) => c.key)).toEqual(['funnel', 'npsBreakdown', 'valueBySource', 'rfmSegments', 'wonRevenueByMonth']);
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
    for (const item of items) {
      for (const arg of item.args) {
        if (arg.kind === 'helper') used.add(arg.helper);
        if (arg.kind === 'wonTotal') used.add(arg.of).add('statusOutcomes');
        if (arg.kind === 'statusLabels') used.add(arg.outcome === 'won' ? 'statusWon' : 'statusLost');
        if (arg.kind === 'won') used.add('statusValues').add('statusOutcomes');
      }
    }
    for (const block of HELPER_BLOCKS) for (const row of block.rows) for (const c of row.countIf) if ('helper' in c.range) used.add(c.range.helper);
    for (const rank of RANK_BLOCKS) used.add(rank.labels).add(rank.values);
    expect([...used].sort()).toEqual(Object.keys(HELPER_RANGES).sort());
    // Every spill column named as a helper exists in its table, and every helper a spill column is, the right one.
    const spillHelpers = items.flatMap((item) => (item.spillColumns ?? []).map((c) => ({ item, ...c })));
    expect(spillHelpers.map((h) => h.helper).sort()).toEqual(['clvCustomers', 'clvValues', 'rfmSegments']);
    for (const { item, column } of spillHelpers) expect(column).toBeLessThan(item.table!.columns.length + (item.table!.repeat ? item.table!.repeat.room : 0));
    expect(itemKpi(items.find((i) => i.key === 'rfm')!).columns![7]).toBe('segment');
    expect(itemKpi(items.find((i) => i.key === 'clvForecast')!).columns![3]).toMatch(/^predicted value/);
    expect(HELPER_BLOCKS.find((b) => b.key === 'rfmSegmentCounts')!.rows.map((r) => r.label)).toEqual([...RFM_SEGMENTS]);
    const blocks = helperBlockFormulas(columnRangeName);
    expect(blocks.funnelStages[1]).toEqual({ label: 'SQL', formula: '=COUNTIF(Leads_Stage, "SQL")+COUNTIF(Leads_Stage, "Opportunity")+COUNTIF(Leads_Stage, "Customer")' });
    expect(blocks.rfmSegmentCounts[0]).toEqual({ label: 'Champions', formula: '=COUNTIF(Rfm_Segment, "Champions")' });
    for (const rows of Object.values(blocks)) for (const row of rows) expect(parseCall(row.formula.split('+')[0])).toBeDefined();
  });
});

// ---------------------------------------------------------------- the real formula engine

const directResults = directDashboardResults(data);
const helperValue = (helper: HelperRangeKey) => directHelperValue(data, helper);
const values = (sheet: DataSheetKey, column: string) => sampleColumn(data, sheet, column).map((row) => row[0]);

const absolute = (sheet: string, col: number, firstRow: number, lastRow: number) =>
  `${quoteSheet(sheet)}!$${columnLetters(col)}$${firstRow + 1}:$${columnLetters(col)}$${lastRow + 1}`;

/** Blank rows below the data in 'trailing-blanks' mode: a Sheets named range runs to the sheet's last row. */
const TRAILING_BLANKS = 700;

type DateMode = 'dates' | 'text' | 'trailing-blanks';

/**
 * A workbook like the template's, built from the builders' own plan: the data sheets, a name per column
 * (`Deals_Status` = `Deals!$E$2:$E$501`), the dashboard's helper ranges, and every planned cell. HyperFormula
 * has no structured references or spill operator, so in Excel mode a data column is an absolute A1 range and
 * the RFM segment column a range from the spill's first row down.
 * With 'dates' (and 'trailing-blanks'), dates are serial numbers as the builders write them; with 'text', ISO text.
 */
function buildWorkbook(host: 'excel' | 'sheets', dates: DateMode, language: Language = 'en') {
  registerKpiFunctions();
  const names = templateNames(1, language);
  const extra = dates === 'trailing-blanks' ? TRAILING_BLANKS : 0;
  const lastRow = (sheet: DataSheetKey) => data[sheet].rows.length + extra;
  const a1Column = (sheet: DataSheetKey, column: string) => absolute(names.sheets[sheet], columnIndex(sheet, column), 1, lastRow(sheet));
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of DATA_SHEETS) {
    const rows = dates === 'text' ? data[sheet.key].rows : dataSheetValues(sheet.key, data[sheet.key]).rows;
    sheets[names.sheets[sheet.key]] = [data[sheet.key].headers, ...(rows as RawCellContent[][])];
  }
  const namedExpressions = DATA_SHEETS.flatMap((sheet) => sheet.columns.map((c) => ({
    name: names.columnRange(sheet.key, c.key),
    expression: `=${a1Column(sheet.key, c.key)}`,
  })));
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    // Show numbers as computed: by default HyperFormula rounds results to 10 significant digits for display.
    smartRounding: false,
    // Text dates stay text: no date format matches ISO text.
    dateFormats: ['DD.MM.YYYY'],
    timeFormats: ['hh:mm'],
  }, namedExpressions);
  const plan = planDashboard({ host, language, names, refStyle: host === 'excel' ? a1Column : names.columnRange, tableSizes: sampleTableSizes(data, language) });
  hf.addSheet(plan.sheet);
  const dashboard = hf.getSheetId(plan.sheet)!;
  for (const helper of plan.helpers) {
    const expression = helper.kind === 'fixed'
      ? absolute(plan.sheet, helper.range.col, helper.range.row, helper.range.row + helper.range.rows - 1)
      : absolute(plan.sheet, helper.anchor.col + helper.column, helper.anchor.row, helper.anchor.row + 1999);
    hf.addNamedExpression(helper.name, `=${expression}`);
  }
  // One cell at a time, in the plan's order: HyperFormula sizes a spill when its formula is entered, so the
  // funnel block's counts must be there before the FUNNEL call that reads them (a batch would size it early).
  for (const cell of plan.cells) hf.setCellContents({ sheet: dashboard, row: cell.row, col: cell.col }, [[cell.content]]);
  const at = (row: number, col: number) => hf.getCellValue({ sheet: dashboard, row, col });
  return { hf, dashboard, plan, at };
}

/** Where the plan puts an item's formula. */
function itemCell(plan: DashboardPlan, key: string, host: 'excel' | 'sheets', refStyle: ColumnRefStyle) {
  const formula = dashboardFormulas(refStyle, host, templateNames(1, 'en').helper).find((f) => f.key === key)!.formula;
  const cell = plan.cells.find((c) => c.content === formula);
  if (!cell) throw new Error(`The plan has no cell for ${key}`);
  return cell;
}

for (const host of HOSTS) {
  for (const dates of ['dates', 'text', 'trailing-blanks'] as const) {
    describe(`in HyperFormula (${host} formulas, ${{ dates: 'dates stored as dates', text: 'dates stored as text', 'trailing-blanks': 'ranges running past the data' }[dates]})`, () => {
      let book: ReturnType<typeof buildWorkbook>;
      let refStyle: ColumnRefStyle;
      beforeAll(() => {
        CALLS.length = 0;
        book = buildWorkbook(host, dates);
        const names = templateNames(1, 'en');
        refStyle = host === 'excel'
          ? (sheet, column) => absolute(names.sheets[sheet], columnIndex(sheet, column), 1, data[sheet].rows.length + (dates === 'trailing-blanks' ? TRAILING_BLANKS : 0))
          : names.columnRange;
      });

      it('stores the data as the mode says', () => {
        const deals = book.hf.getSheetId('Deals')!;
        const created = columnIndex('deals', 'created');
        const leads = book.hf.getSheetId('Leads')!;
        expect(book.hf.getCellValueType({ sheet: deals, row: 1, col: created })).toBe(dates === 'text' ? 'STRING' : 'NUMBER');
        expect(typeof book.hf.getCellValue({ sheet: leads, row: 1, col: columnIndex('leads', 'received') })).toBe(dates === 'text' ? 'string' : 'number');
      });

      it('calls the core through the custom functions', () => {
        const called = new Set(CALLS.map((c) => c.id));
        for (const item of items) expect(called, item.key).toContain(item.kpi);
        // A column arrives as rows of single cells, blanks as null, like a host passes a range.
        const cycle = CALLS.find((c) => c.id === 'SALES_CYCLE')!.args;
        expect((cycle[1] as unknown[][]).length).toBe(500 + (dates === 'trailing-blanks' ? TRAILING_BLANKS : 0));
        expect((cycle[1] as unknown[][]).some((row) => row[0] === null)).toBe(true);
        expect(typeof (cycle[0] as unknown[][])[0][0]).toBe(dates === 'text' ? 'string' : 'number');
      });

      for (const item of items) {
        it(`${item.key}: ${item.kpi} gives what the core gives on the sample data`, () => {
          const expected = directResults.get(item.key)!;
          expect(isKpiError(expected), `${item.key}: ${isKpiError(expected) ? expected.message : ''}`).toBe(false);
          const place = itemCell(book.plan, item.key, host, refStyle);
          const at = (r: number, c: number) => book.at(place.row + r, place.col + c);
          if (typeof expected === 'number') {
            expect(at(0, 0)).toBe(expected);
            return;
          }
          const table = expected as (string | number)[][];
          expect(table.length).toBeGreaterThan(0);
          const got = table.map((row, r) => row.map((_, c) => at(r, c)));
          // A "" the core gives (a cohort past the last quarter, a change after a month of 0) is a blank cell.
          expect(got).toEqual(table.map((row) => row.map((cell) => (cell === '' ? null : cell))));
          // The spill is exactly the table: nothing below it or to its right.
          expect(at(table.length, 0)).toBeNull();
          expect(at(0, table[0].length)).toBeNull();
          // The plan knew its size and charts exactly those rows.
          const spill = book.plan.spills.find((s) => s.item === item.key)!;
          expect([spill.row, spill.col, spill.cols, spill.sampleRows]).toEqual([place.row, place.col, table[0].length, table.length]);
          for (const chart of book.plan.charts.filter((c) => c.categories.row === spill.row && c.categories.col >= spill.col && c.categories.col < spill.col + spill.cols)) {
            expect(chart.categories.rows).toBe(table.length);
            expect(chart.values.rows).toBe(table.length);
          }
        });
      }

      it('counts leads per stage reached and customers per RFM segment with native formulas', () => {
        const funnelCounts = book.plan.helpers.find((h) => h.key === 'funnelCounts')!;
        if (funnelCounts.kind !== 'fixed') throw new Error('the funnel counts are a fixed block');
        const read = (row: number, col: number, rows: number) => Array.from({ length: rows }, (_, r) => book.at(row + r, col));
        expect(read(funnelCounts.range.row, funnelCounts.range.col, funnelCounts.range.rows)).toEqual(helperValue('funnelCounts').map((r) => r[0]));
        const rfm = directResults.get('rfm') as (string | number)[][];
        const perSegment = RFM_SEGMENTS.map((s) => rfm.filter((row) => row[7] === s).length);
        expect(perSegment.reduce((a, b) => a + b, 0)).toBe(rfm.length);
        const segmentChart = book.plan.charts.find((c) => c.key === 'rfmSegments')!;
        expect(read(segmentChart.categories.row, segmentChart.categories.col, RFM_SEGMENTS.length)).toEqual([...RFM_SEGMENTS]);
        expect(read(segmentChart.values.row, segmentChart.values.col, RFM_SEGMENTS.length)).toEqual(perSegment);
      });

      it('lists the ten customers with the highest predicted value with native formulas over the forecast', () => {
        const forecast = directResults.get('clvForecast') as (string | number)[][];
        const top = [...forecast].sort((x, y) => (y[3] as number) - (x[3] as number)).slice(0, 10);
        const title = book.plan.cells.find((c) => c.content === RANK_BLOCKS[0].title.en)!;
        const rows = Array.from({ length: 10 }, (_, k) => [book.at(title.row + 2 + k, title.col), book.at(title.row + 2 + k, title.col + 1)]);
        expect(rows.map((row) => row[0])).toEqual(top.map((row) => row[0]));
        rows.forEach((row, k) => expect(row[1] as number).toBeCloseTo(top[k][3] as number, 6));
      });

      it('shows a KPI error as a spreadsheet error with the core message', () => {
        const name = host === 'excel' ? 'KPI.NPS' : 'NPS';
        book.hf.setCellContents({ sheet: book.dashboard, row: 400, col: 0 }, [[`=${name}(${refStyle('deals', 'status')})`]]);
        const value = book.at(400, 0) as { type?: string; message?: string };
        expect(value.type).toBe('VALUE');
        expect(value.message).toMatch(/^NPS: scores row 1 is "Lost", expected/);
      });
    });
  }
}

describe('in HyperFormula, the Persian dashboard\'s trends', () => {
  const book = buildWorkbook('sheets', 'dates', 'fa');
  const persian = directDashboardResults(data, 'fa');
  const blankForEmpty = (table: RunResult) => (table as (string | number)[][]).map((row) => row.map((cell) => (cell === '' ? null : cell)));
  const spillValues = (key: string) => {
    const spill = book.plan.spills.find((s) => s.item === key)!;
    return Array.from({ length: spill.sampleRows }, (_, r) => Array.from({ length: spill.cols }, (__, c) => book.at(spill.row + r, spill.col + c)));
  };

  it('counts won revenue in Solar Hijri months, Esfand to Esfand', () => {
    const expected = persian.get('wonRevenueByMonth')!;
    expect(isKpiError(expected)).toBe(false);
    const got = spillValues('wonRevenueByMonth');
    expect(got).toEqual(blankForEmpty(expected));
    expect(got).toHaveLength(17);
    expect(got.map((row) => row[0])).toEqual(expect.arrayContaining(['1404-05', '1404-12', '1405-01']));
    // The same won deals as the Gregorian months count, to the rial.
    const gregorian = directResults.get('wonRevenueByMonth') as number[][];
    expect(got.reduce((sum, row) => sum + (row[2] as number), 0)).toBe(gregorian.reduce((sum, row) => sum + row[2], 0));
  });

  it('follows cohorts by Solar Hijri quarter, headed in Persian digits only over the quarters it reaches', () => {
    const expected = persian.get('cohortRetention')!;
    expect(spillValues('cohortRetention')).toEqual(blankForEmpty(expected));
    const cohort = book.plan.spills.find((s) => s.item === 'cohortRetention')!;
    const headers = Array.from({ length: 10 }, (_, n) => book.at(cohort.row - 1, cohort.col + 2 + n));
    expect(headers).toEqual(['فصل ۰', 'فصل ۱', 'فصل ۲', 'فصل ۳', 'فصل ۴', 'فصل ۵', 'فصل ۶', '', '', '']);
  });
});

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
