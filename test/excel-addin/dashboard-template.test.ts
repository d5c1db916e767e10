// The dashboard template in Excel against office-addin-mock: tables, names, formulas, formats, charts, and nothing else touched.
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../core';
import { buildOwnDashboard, insertDashboardTemplate, ownColumnFormula } from '../../excel-addin/dashboard-template';
import { didarExport, hubspotExport } from '../helpers/crm-exports';
import { openedExport } from '../helpers/own-export';
import { ExcelWizardHost } from '../../excel-addin/wizard-host';
import { openTaskPaneWithWorkbook } from '../../excel-addin/auto-open';
import { planDashboard, sampleTableSizes, FORMAT_ROWS } from '../../ui/template/layout';
import { DATA_SHEETS, sampleData, structuredReference } from '../../ui/template/sample-data';
import { templateNames } from '../../ui/template/template-names';
import { expectDashboardToMatchCore } from '../ui/template/direct-results';
import { evaluateBook, type BookName, type BookSheet } from '../ui/template/hyperformula-book';
import { column } from '../ui/wizard/fake-host';
import { mockWorkbook, type MockRange, type MockSheet, type MockWorkbook } from './mock-workbook';

const data = sampleData(1);

function excelPlan(copy: number, language: 'en' | 'fa' | 'el') {
  const names = templateNames(copy, language);
  return planDashboard({ host: 'excel', language, names, refStyle: (s, c) => structuredReference(s, c, names.tables[s]), tableSizes: sampleTableSizes(data, language) });
}

/** The one-cell range the builder wrote a planned cell through. */
const cellAt = (sheet: MockSheet, row: number, col: number) =>
  sheet.ranges.find((r) => r.row === row && r.col === col && r.rows === 1 && r.cols === 1 && (r.values !== undefined || r.formulas !== undefined));

describe('insertDashboardTemplate (Excel)', () => {
  it('adds the dashboard and five data sheets under free names, and nothing on the sheets that were there', async () => {
    const book = mockWorkbook({ sheets: ['Deals', 'Q3'], names: ['Funnel_Count'], tables: ['Orders'] });
    const inserted = await insertDashboardTemplate('en', book.excel);
    expect(inserted).toEqual({ dashboard: 'Dashboard (2)', sheets: ['Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)'] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Deals', 'Q3', 'Dashboard (2)', 'Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)']);
    for (const sheet of book.sheets.slice(0, 2)) expect([sheet.ranges, sheet.tables, sheet.charts, sheet.frozenRows]).toEqual([[], [], [], undefined]);
    expect(book.names[0]).toEqual({ name: 'Funnel_Count', formula: '=#REF!' });
    expect(book.sheets.find((s) => s.activated)!.name).toBe('Dashboard (2)');
  });

  it('is safe to run again: the next set of names, the first insertion untouched', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('en', book.excel);
    const first = JSON.stringify(book.sheets.map((s) => [s.name, s.ranges.length, s.tables.map((t) => t.name), s.charts.length]));
    const names = book.names.map((n) => ({ ...n }));
    const again = await insertDashboardTemplate('en', book.excel);
    expect(again.dashboard).toBe('Dashboard (2)');
    expect(JSON.stringify(book.sheets.slice(0, 7).map((s) => [s.name, s.ranges.length, s.tables.map((t) => t.name), s.charts.length]))).toBe(first);
    expect(book.names.slice(0, names.length)).toEqual(names);
    const helperNames = ['Status_Value', 'Status_Count', 'Status_Amount', 'Status_Cost', 'Status_Outcome', 'Status_Won', 'Status_Lost', 'Funnel_Stage', 'Funnel_Count', 'Rfm_Segment', 'Clv_Customer', 'Clv_Value'];
    expect(book.names.map((n) => n.name)).toEqual([...helperNames, ...helperNames.map((n) => `${n}_2`)]);
  });

  it('puts each data set in a table of its own name, dates typed as dates, header frozen', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('en', book.excel);
    for (const spec of DATA_SHEETS) {
      const sheet = book.sheets.find((s) => s.name === spec.name)!;
      expect(sheet.tables).toHaveLength(1);
      const table = sheet.tables[0];
      expect([table.name, table.style, table.hasHeaders]).toEqual([spec.name, 'TableStyleMedium2', true]);
      expect([table.range.row, table.range.col, table.range.rows, table.range.cols]).toEqual([0, 0, data[spec.key].rows.length + 1, spec.columns.length]);
      expect(table.range.values![0]).toEqual(spec.columns.map((c) => c.header));
      expect(table.range.format.autofitted).toBe(true);
      expect(sheet.frozenRows).toBe(1);
    }
    const deals = book.sheets.find((s) => s.name === 'Deals')!.tables[0].range;
    expect(deals.values![1].slice(0, 7)).toEqual(data.deals.rows[0].slice(0, 7));
    expect(typeof deals.values![1][7]).toBe('number');
    // An open deal's close date stays blank (null leaves a new cell empty).
    expect(deals.values!.some((row) => row[8] === null)).toBe(true);
    const created = book.sheets.find((s) => s.name === 'Deals')!.ranges.find((r) => r.col === 7 && r.row === 1)!;
    expect(created.numberFormat).toHaveLength(500);
    expect(created.numberFormat![0]).toEqual(['yyyy-mm-dd']);
  });

  it('writes every planned cell through the locale-independent formulas property, with its number format', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('el', book.excel);
    const plan = excelPlan(1, 'el');
    const dashboard = book.sheets.find((s) => s.name === 'Πίνακας ελέγχου')!;
    for (const cell of plan.cells) {
      const range = cellAt(dashboard, cell.row, cell.col)!;
      expect(range, `${cell.row}:${cell.col}`).toBeDefined();
      if (typeof cell.content === 'string' && cell.content.startsWith('=')) expect(range.formulas).toEqual([[cell.content]]);
      else expect(range.values).toEqual([[cell.content]]);
      if (cell.format) expect(range.numberFormat).toEqual([[cell.format]]);
    }
    expect(cellAt(dashboard, 4, 1)!.formulas).toEqual([['=KPI.WIN_RATE(Deals[Status], Status_Won, Status_Lost)']]);
    expect(cellAt(dashboard, 0, 0)!.format.font).toMatchObject({ size: 16, bold: true });
    const rfm = plan.spills.find((s) => s.item === 'rfm')!;
    const monetary = dashboard.ranges.find((r) => r.row === rfm.row && r.col === rfm.col + 3 && r.rows === FORMAT_ROWS)!;
    expect(monetary.numberFormat![FORMAT_ROWS - 1]).toEqual(['#,##0']);
    expect(dashboard.ranges.find((r) => r.col === 0 && r.format.columnWidth !== undefined)!.format.columnWidth).toBe(247.5);
  });

  it('colours the cohort triangle from its lowest share to its highest', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('fa', book.excel);
    const plan = excelPlan(1, 'fa');
    const dashboard = book.sheets.find((s) => s.name === 'داشبورد')!;
    const scaled = dashboard.ranges.filter((r) => r.conditional.length > 0);
    expect(scaled.map((r) => [r.row, r.col, r.rows, r.cols])).toEqual(plan.colorScales.map(({ range: r }) => [r.row, r.col, r.rows, r.cols]));
    expect(scaled[0].conditional).toEqual([{
      type: 'ColorScale',
      colorScale: { criteria: { minimum: { type: 'LowestValue', color: '#FFFFFF' }, maximum: { type: 'HighestValue', color: '#5B9BD5' } } },
    }]);
    const cohort = plan.spills.find((s) => s.item === 'cohortRetention')!;
    expect([scaled[0].row, scaled[0].col]).toEqual([cohort.row, cohort.col + 2]);
    expect(cellAt(dashboard, cohort.row, cohort.col)!.formulas).toEqual([['=KPI.COHORT_RETENTION(Orders[Customer], Orders[Date], "quarter", "jalali")']]);
  });

  it('defines the helper names, the RFM segment column as a column of the spill', async () => {
    const book = mockWorkbook({ sheets: ['Deals'] });
    await insertDashboardTemplate('fa', book.excel);
    const plan = excelPlan(2, 'fa');
    const funnel = plan.helpers.find((h) => h.key === 'funnelStages')!;
    const rfm = plan.spills.find((s) => s.item === 'rfm')!;
    const clv = plan.spills.find((s) => s.item === 'clvForecast')!;
    if (funnel.kind !== 'fixed') throw new Error('the funnel stages are a fixed block');
    const top = funnel.range.row + 1;
    // The status block comes first: status, deals, value, cost, counts as; three statuses and room for five more.
    // Column C is the narrow gap before the charts: the block skips it.
    expect(book.names.slice(0, 7)).toEqual(['A', 'B', 'D', 'E', 'F', 'G', 'H'].map((letter, i) => ({
      name: `${['Status_Value', 'Status_Count', 'Status_Amount', 'Status_Cost', 'Status_Outcome', 'Status_Won', 'Status_Lost'][i]}_2`,
      formula: `='داشبورد (2)'!$${letter}$${top}:$${letter}$${top + 7}`,
    })));
    expect(book.names.slice(7)).toEqual([
      { name: 'Funnel_Stage_2', formula: `='داشبورد (2)'!$J$${top}:$J$${top + 3}` },
      { name: 'Funnel_Count_2', formula: `='داشبورد (2)'!$K$${top}:$K$${top + 3}` },
      { name: 'Rfm_Segment_2', formula: `=INDEX('داشبورد (2)'!$${columnLetters(rfm.col)}$${rfm.row + 1}#,0,8)` },
      { name: 'Clv_Customer_2', formula: `=INDEX('داشبورد (2)'!$${columnLetters(clv.col)}$${clv.row + 1}#,0,1)` },
      { name: 'Clv_Value_2', formula: `=INDEX('داشبورد (2)'!$${columnLetters(clv.col)}$${clv.row + 1}#,0,4)` },
    ]);
  });

  it('lays Persian text out right to left, cell by cell', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('fa', book.excel);
    const dashboard = book.sheets.find((s) => s.name === 'داشبورد')!;
    expect(cellAt(dashboard, 0, 0)!.values).toEqual([['داشبورد شاخص‌های فروش']]);
    expect(cellAt(dashboard, 0, 0)!.format).toMatchObject({ readingOrder: 'RightToLeft', horizontalAlignment: 'Right' });
    // Numbers keep their own alignment.
    expect(cellAt(dashboard, 4, 1)!.format.readingOrder).toBeUndefined();
    const english = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('en', english.excel);
    expect(cellAt(english.sheets.find((s) => s.name === 'Dashboard')!, 0, 0)!.format.readingOrder).toBeUndefined();
  });

  it('adds the five charts over the tables they show, placed after reading where their anchor cell is', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('en', book.excel);
    const plan = excelPlan(1, 'en');
    const dashboard = book.sheets.find((s) => s.name === 'Dashboard')!;
    expect(dashboard.charts.map((c) => [c.type, c.title.text, c.seriesName, c.legend.visible])).toEqual([
      ['BarClustered', 'Sales funnel', 'Leads', false],
      ['Pie', 'Promoters, passives and detractors', 'Responses', true],
      ['ColumnClustered', 'Deal value by source', 'Value', false],
      ['ColumnClustered', 'Customers per RFM segment', 'Customers', false],
      ['ColumnClustered', 'Won revenue by month', 'Revenue', false],
    ]);
    // The funnel reads top down (MQL first), the pie shows each group's share.
    expect(dashboard.charts.map((c) => [c.axes.categoryAxis.reversePlotOrder, c.dataLabels.showPercentage])).toEqual([
      [true, undefined], [undefined, true], [undefined, undefined], [undefined, undefined], [undefined, undefined],
    ]);
    const box = (r: MockRange) => [r.row, r.col, r.rows, r.cols];
    // Column widths come before the charts: the anchor's left edge is the widths of A:C in points.
    const anchorLeft = (330 + 120 + 24) * 0.75;
    plan.charts.forEach((spec, i) => {
      const chart = dashboard.charts[i];
      expect(box(chart.source)).toEqual(box({ ...spec.values } as MockRange));
      expect(box(chart.xAxis!)).toEqual(box({ ...spec.categories } as MockRange));
      expect(chart.seriesBy).toBe('Columns');
      expect(chart.left).toBe(anchorLeft + spec.anchor.offsetX * 0.75);
      expect(chart.top).toBe(spec.anchor.row * 15 + spec.anchor.offsetY * 0.75);
      expect([chart.width, chart.height]).toEqual([spec.width * 0.75, spec.height * 0.75]);
    });
  });
});

describe('the workbook the Excel builder wrote, evaluated', () => {
  /** HyperFormula has no tables or spill references: structured references become the table's column range. */
  function toBook(book: MockWorkbook): { sheets: BookSheet[]; names: BookName[] } {
    const tables = new Map(book.sheets.flatMap((s) => s.tables.map((t) => [t.name!, { sheet: s.name, range: t.range }] as const)));
    const plain = (formula: string) => formula.replace(/([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]/g, (whole, table: string, header: string) => {
      const t = tables.get(table);
      if (!t) return whole;
      const col = (t.range.values![0] as string[]).indexOf(header);
      if (col < 0) throw new Error(`${table} has no column ${header}`);
      return `'${t.sheet}'!${columnLetters(col)}2:${columnLetters(col)}${t.range.rows}`;
    });
    const sheets = book.sheets.filter((s) => !book.existingSheets.includes(s.name)).map((s) => {
      const cells: unknown[][] = [];
      const formulas = new Map<string, string>();
      for (const r of s.ranges) {
        if (r.formulas) formulas.set(`${columnLetters(r.col)}${r.row + 1}`, plain(String(r.formulas[0][0])));
        else if (r.values) r.values.forEach((row, i) => row.forEach((v, j) => { (cells[r.row + i] ??= [])[r.col + j] = v; }));
      }
      return { name: s.name, cells, formulas };
    });
    const names = book.names.map((n) => {
      const spill = /^=INDEX\('?(.+?)'?!\$([A-Z]+)\$(\d+)#,0,(\d+)\)$/.exec(n.formula);
      if (spill) {
        const col = column(spill[2]) + Number(spill[4]) - 1;
        return { name: n.name, sheet: spill[1], a1: `${columnLetters(col)}${spill[3]}:${columnLetters(col)}${Number(spill[3]) + 1999}` };
      }
      const fixed = /^='?(.+?)'?!(.+)$/.exec(n.formula)!;
      return { name: n.name, sheet: fixed[1], a1: fixed[2].replace(/\$/g, '') };
    });
    return { sheets, names };
  }

  it('gives every KPI the core gives on the sample data', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    await insertDashboardTemplate('en', book.excel);
    const { sheets, names } = toBook(book);
    const evaluated = evaluateBook(sheets, names);
    const plan = excelPlan(1, 'en');
    expectDashboardToMatchCore(plan, 'excel', data, (row, col) => evaluated.value('Dashboard', row, col));
  });
});

describe('ExcelWizardHost.insertTemplate', () => {
  it('inserts the template, then marks the workbook to open the task pane for teammates', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    const settings = new Map<string, unknown>();
    let saved = 0;
    const fakeSettings = {
      set: (key: string, value: unknown) => { settings.set(key, value); },
      saveAsync: (callback: (result: { status: string; error: { message: string } }) => void) => { saved++; callback({ status: 'succeeded', error: { message: '' } }); },
    };
    const host = new ExcelWizardHost(book.excel, () => openTaskPaneWithWorkbook(fakeSettings as never));
    expect(await host.insertTemplate('el')).toMatchObject({ dashboard: 'Πίνακας ελέγχου' });
    expect(settings.get('Office.AutoShowTaskpaneWithDocument')).toBe(true);
    expect(saved).toBe(1);
  });

  it('does not mark the workbook when the template could not go in', async () => {
    const book = mockWorkbook({ sheets: ['Sheet1'] });
    let marked = false;
    const failing = { run: async () => { throw new Error('The workbook is read-only.'); } } as unknown as Pick<typeof Excel, 'run'>;
    await expect(new ExcelWizardHost(failing, async () => { marked = true; }).insertTemplate('en')).rejects.toThrow('The workbook is read-only.');
    expect(marked).toBe(false);
    expect(book.sheets).toHaveLength(1);
  });
});

describe.each([['HubSpot deals', hubspotExport], ['معاملات دیدار', didarExport]] as const)('the dashboard over the user\'s own sheet %s in Excel', (sheetName, make) => {
  it('names each mapped column from row 2 to the status column\'s last filled row, writes the plan, and computes the deals\' own KPIs', async () => {
    const opened = await openedExport(make, sheetName);
    const book = mockWorkbook({ sheets: [sheetName] });
    const built = await buildOwnDashboard(opened.own, opened.mapping, 'en', book.excel);
    expect(built).toEqual({ dashboard: 'Dashboard', sheets: [sheetName] });
    expect(book.sheets[0].ranges).toEqual([]);
    const status = opened.crm.columns.status;
    const statusName = book.names.find((n) => n.name === 'Deals_Status')!;
    expect(statusName.formula).toBe(ownColumnFormula(sheetName, status, 1, status));
    expect(statusName.formula).toBe(`='${sheetName}'!$${columnLetters(status)}$2:INDEX('${sheetName}'!$${columnLetters(status)}:$${columnLetters(status)},MATCH(2,1/('${sheetName}'!$${columnLetters(status)}:$${columnLetters(status)}<>"")))`);
    const dashboard = book.sheets.find((s) => s.name === 'Dashboard')!;
    expect(cellAt(dashboard, 4, 1)!.formulas).toEqual([['=KPI.WIN_RATE(Deals_Status, Status_Won, Status_Lost)']]);
    // In HyperFormula, each column name as the rows its formula reaches: to the last filled status.
    const last = opened.rows.length;
    const names = book.names.map((n) => {
      const own = /^='?(.+?)'?!\$([A-Z]+)\$2:INDEX\(/.exec(n.formula);
      if (own) return { name: n.name, sheet: own[1], a1: `${own[2]}2:${own[2]}${last}` };
      const fixed = /^='?(.+?)'?!(.+)$/.exec(n.formula)!;
      return { name: n.name, sheet: fixed[1], a1: fixed[2].replace(/\$/g, '') };
    });
    const formulas = new Map<string, string>();
    const cells: unknown[][] = [];
    for (const r of dashboard.ranges) {
      if (r.formulas) formulas.set(`${columnLetters(r.col)}${r.row + 1}`, String(r.formulas[0][0]).replace(/\bKPI\./g, ''));
      else if (r.values) r.values.forEach((row, i) => row.forEach((v, j) => { (cells[r.row + i] ??= [])[r.col + j] = v; }));
    }
    const evaluated = evaluateBook([{ name: sheetName, cells: opened.rows, formulas: new Map() }, { name: 'Dashboard', cells, formulas }], names);
    expect(evaluated.value('Dashboard', 4, 1) as number).toBeCloseTo(opened.expected.winRate, 12);
    expect(evaluated.value('Dashboard', 5, 1) as number).toBeCloseTo(opened.expected.avgDealSize, 6);
    expect(evaluated.value('Dashboard', 6, 1) as number).toBeCloseTo(opened.expected.salesCycle, 6);
  });
});
