// The dashboard template in Sheets: the built add-on inserts it into a fake spreadsheet, one click from the menu or the sidebar.
import { describe, expect, it } from 'vitest';
import { loadAppsScript } from '../../scripts/host-runtimes/apps-script';
import { planDashboard, sampleTableSizes } from '../../ui/template/layout';
import { openEndedColumn } from '../../ui/template/template-package';
import { DATA_SHEETS, sampleData } from '../../ui/template/sample-data';
import { templateNames } from '../../ui/template/template-names';
import { expectDashboardToMatchCore } from '../ui/template/direct-results';
import { evaluateBook } from '../ui/template/hyperformula-book';
import { FakeSpreadsheet, type FakeRange, type FakeSheet } from './fake-spreadsheet';

const data = sampleData(1);

/** A spreadsheet with a user's own Deals sheet and named range, and the add-on loaded as Apps Script runs it. */
function setUp(userLocale = 'en') {
  const sheets = loadAppsScript({ userLocale });
  const book = new FakeSpreadsheet({ Deals: [['Status', 'Amount'], ['Won', 1200], ['Lost', 800]], Notes: [['keep me']] });
  book.sheets[0].formulas.set('C1', '=SUM(B2:B3)');
  book.sheets[0].formats.set('B2:B3', '#,##0');
  book.setNamedRange('Deals_Status', book.sheets[0].getRange('A2:A3'));
  (sheets.global.SpreadsheetApp as Record<string, unknown>).getActiveSpreadsheet = () => book;
  return { sheets, book };
}

function snapshot(sheet: FakeSheet) {
  return JSON.stringify({ cells: sheet.cells, formulas: [...sheet.formulas], formats: [...sheet.formats], styles: [...sheet.styles], charts: sheet.charts, max: [sheet.maxRows, sheet.maxColumns] });
}

describe('the dashboard template from the Sheets menu', () => {
  it('adds the dashboard and five data sheets under free names, and touches nothing that was there', () => {
    const { sheets, book } = setUp();
    const before = book.sheets.map(snapshot);
    const names = [...book.namedRanges.keys()];
    sheets.call('showDashboardTemplate');
    // The user's Deals sheet and Deals_Status name move the whole insertion to its second set of names.
    expect(book.sheets.map((s) => s.name)).toEqual(['Deals', 'Notes', 'Dashboard (2)', 'Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)']);
    expect(book.sheets.slice(0, 2).map(snapshot)).toEqual(before);
    expect(book.namedRanges.get('Deals_Status')!.getA1Notation()).toBe('A2:A3');
    expect(book.namedRanges.get('Deals_Status')!.sheet.name).toBe('Deals');
    expect([...book.namedRanges.keys()].slice(0, names.length)).toEqual(names);
    expect(book.getActiveSheet().name).toBe('Dashboard (2)');
    expect(book.toasts).toEqual([{ message: 'The dashboard is on the sheet Dashboard (2).', title: 'Sales KPI' }]);
  });

  it('is safe to run again: a third set of names, the second left as it was', () => {
    const { sheets, book } = setUp();
    sheets.call('showDashboardTemplate');
    const second = book.sheets.map(snapshot);
    const namesAfterSecond = new Map([...book.namedRanges].map(([name, range]) => [name, `${range.sheet.name}!${range.getA1Notation()}`]));
    sheets.call('showDashboardTemplate');
    expect(book.sheets.slice(0, second.length).map(snapshot)).toEqual(second);
    expect(book.sheets.slice(second.length).map((s) => s.name)).toEqual(['Dashboard (3)', 'Deals (3)', 'Leads (3)', 'Orders (3)', 'Survey (3)', 'Spend (3)']);
    for (const [name, target] of namesAfterSecond) expect(`${book.namedRanges.get(name)!.sheet.name}!${book.namedRanges.get(name)!.getA1Notation()}`).toBe(target);
    expect(book.namedRanges.get('Deals_3_Status')!.sheet.name).toBe('Deals (3)');
  });

  it('writes the sample data with typed dates, a frozen header, and a named range per column to the last row', () => {
    const { sheets, book } = setUp();
    sheets.call('showDashboardTemplate');
    const deals = book.getSheetByName('Deals (2)')!;
    expect(deals.cells[0]).toEqual(['Id', 'Account', 'Source', 'Owner', 'Status', 'Amount', 'Cost', 'Created', 'Closed']);
    expect(deals.cells).toHaveLength(501);
    expect(deals.cells[1].slice(0, 7)).toEqual(data.deals.rows[0].slice(0, 7));
    expect(typeof deals.cells[1][7]).toBe('number');
    expect(deals.frozenRows).toBe(1);
    expect(deals.maxRows).toBe(501 + 2000);
    expect(deals.formats.get(`H2:H${deals.maxRows}`)).toBe('yyyy-mm-dd');
    expect(deals.formats.get(`F2:F${deals.maxRows}`)).toBe('#,##0');
    // A deal still open has no close date: a blank, not 0 or "null".
    expect(deals.cells.some((row) => row[8] === '')).toBe(true);
    expect(book.getSheetByName('Leads (2)')!.formats.get('C2:C3201')).toBe('yyyy-mm-dd hh:mm');
    const columnNames = DATA_SHEETS.flatMap((s) => s.columns.map((c) => templateNames(2, 'en').columnRange(s.key, c.key)));
    for (const name of columnNames) {
      const range = book.namedRanges.get(name)!;
      expect(range, name).toBeDefined();
      expect(range.r0, name).toBe(1);
      expect(range.r1, name).toBe(range.sheet.maxRows - 1);
      expect(range.c0).toBe(range.c1);
    }
    expect(book.namedRanges.get('Leads_2_FirstResponse')!.getA1Notation()).toBe('D2:D3201');
  });

  it('writes every planned cell, format and helper name on the dashboard, and its five charts', () => {
    const { sheets, book } = setUp('el_GR');
    sheets.call('showDashboardTemplate');
    const names = templateNames(2, 'el');
    const plan = planDashboard({ host: 'sheets', language: 'el', names, refStyle: openEndedColumn(names), tableSizes: sampleTableSizes(data, 'el') });
    const dashboard = book.getSheetByName('Πίνακας ελέγχου (2)')!;
    expect(dashboard.rightToLeft).toBe(false);
    const a1 = (row: number, col: number) => dashboard.getRange(row + 1, col + 1).getA1Notation();
    for (const cell of plan.cells) {
      if (typeof cell.content === 'string' && cell.content.startsWith('=')) expect(dashboard.formulas.get(a1(cell.row, cell.col))).toBe(cell.content);
      else expect(dashboard.cells[cell.row][cell.col]).toBe(cell.content);
      if (cell.format) expect(dashboard.formats.get(a1(cell.row, cell.col))).toBe(cell.format);
    }
    // Open-ended: Sheets grows the dashboard's columns with the rows pasted past the last; a named range would stop there.
    expect(dashboard.formulas.get('B5')).toBe("=WIN_RATE('Deals (2)'!E2:E, Status_Won_2, Status_Lost_2)");
    expect(dashboard.formats.get('B5')).toBe('0.0%');
    expect(dashboard.cells[0][0]).toBe('Πίνακας ελέγχου δεικτών πωλήσεων');
    expect(dashboard.styles.get('A1')).toEqual({ fontSize: 16, fontWeight: 'bold' });
    // The RFM spill reaches column AB: the sheet grew past its 26 columns, and down past its 1000 rows for the formats.
    expect(dashboard.maxColumns).toBeGreaterThanOrEqual(28);
    const rfm = plan.spills.find((s) => s.item === 'rfm')!;
    expect(dashboard.formats.get(dashboard.getRange(rfm.row + 1, rfm.col + 4, 2000, 1).getA1Notation())).toBe('#,##0');
    expect(book.namedRanges.get('Rfm_Segment_2')!.getA1Notation()).toBe(`${dashboard.getRange(rfm.row + 1, rfm.col + 8).getA1Notation()}:${dashboard.getRange(dashboard.maxRows, rfm.col + 8).getA1Notation().replace(/\d+$/, '')}${dashboard.maxRows}`);
    expect(book.namedRanges.get('Funnel_Count_2')!.getNumRows()).toBe(4);

    expect(dashboard.charts.map((c) => [c.type, c.options.title])).toEqual([
      ['BAR', 'Χωνί πωλήσεων'], ['PIE', 'Υποστηρικτές, ουδέτεροι και επικριτές'], ['COLUMN', 'Αξία συμφωνιών ανά πηγή'], ['COLUMN', 'Πελάτες ανά τμήμα RFM'],
      ['COLUMN', 'Έσοδα κερδισμένων συμφωνιών ανά μήνα'],
    ]);
    // The won revenue chart is as wide as two.
    expect(dashboard.charts[4].options.width).toBe(2 * (dashboard.charts[0].options.width as number) + 20);
    // The cohort triangle's shares coloured white to blue, lowest to highest.
    const cohort = plan.spills.find((s) => s.item === 'cohortRetention')!;
    const rules = dashboard.conditionalFormatRules as { gradientMinpoint: string; gradientMaxpoint: string; ranges: FakeRange[] }[];
    expect(rules.map((r) => [r.gradientMinpoint, r.gradientMaxpoint, r.ranges.map((range) => range.getA1Notation())])).toEqual([
      ['#FFFFFF', '#5B9BD5', [dashboard.getRange(cohort.row + 1, cohort.col + 3, 40, 40).getA1Notation()]],
    ]);
    expect(dashboard.formats.get(dashboard.getRange(cohort.row + 1, cohort.col + 3, 40, 40).getA1Notation())).toBe('0%');
    plan.charts.forEach((spec, i) => {
      const chart = dashboard.charts[i];
      // Categories then values, each with the header row above it that names the series.
      const withHeader = (r: typeof spec.values) => dashboard.getRange(r.row, r.col + 1, r.rows + 1, 1).getA1Notation();
      expect(chart.ranges).toEqual([{ sheet: dashboard.name, a1: withHeader(spec.categories) }, { sheet: dashboard.name, a1: withHeader(spec.values) }]);
      expect(dashboard.cells[spec.values.row - 1][spec.values.col]).toBe(spec.seriesName);
      expect(chart).toMatchObject({ mergeStrategy: 'MERGE_COLUMNS', numHeaders: 1, position: [spec.anchor.row + 1, spec.anchor.col + 1, spec.anchor.offsetX, spec.anchor.offsetY] });
      expect(chart.options).toMatchObject({ width: spec.width, height: spec.height, useFirstColumnAsDomain: true });
    });
  });

  it('sets the dashboard right to left, in Persian, for a Persian user', () => {
    const { sheets, book } = setUp('fa');
    sheets.call('showDashboardTemplate');
    const dashboard = book.getSheetByName('داشبورد (2)')!;
    expect(dashboard.rightToLeft).toBe(true);
    expect(dashboard.cells[0][0]).toBe('داشبورد شاخص‌های فروش');
    expect(dashboard.formats.get('B7')).toBe('0.0 "روز"');
    expect(book.toasts[0].message).toBe('داشبورد در برگهٔ داشبورد (2) است.');
    // The user's Deals sheet moves the whole insertion to its second set of names, the dashboard's too.
    expect(book.getSheetByName('Deals (2)')).not.toBeNull();
  });
});

describe('the dashboard the Sheets builder wrote, evaluated', () => {
  it('gives every KPI the core gives on the sample data', () => {
    const { sheets, book } = setUp();
    sheets.call('showDashboardTemplate');
    const inserted = book.sheets.slice(2);
    const names = [...book.namedRanges].filter(([, range]) => inserted.includes(range.sheet))
      .map(([name, range]) => ({ name, sheet: range.sheet.name, a1: range.getA1Notation() }));
    // HyperFormula reads no open-ended range: each goes as far as its sheet's last row.
    const bounded = (formula: string) => formula.replace(/'((?:[^']|'')+)'!([A-Z]+)2:([A-Z]+)(?![\d(])/g, (_, sheet: string, from: string, to: string) => `'${sheet}'!${from}2:${to}${book.getSheetByName(sheet.replace(/''/g, "'"))!.maxRows}`);
    const evaluated = evaluateBook(inserted.map((s) => ({ name: s.name, cells: s.cells, formulas: new Map([...s.formulas].map(([a1, f]) => [a1, bounded(f)])) })), names);
    const plan = planDashboard({ host: 'sheets', language: 'en', names: templateNames(2, 'en'), refStyle: openEndedColumn(templateNames(2, 'en')), tableSizes: sampleTableSizes(data, 'en') });
    expectDashboardToMatchCore(plan, 'sheets', data, (row, col) => evaluated.value('Dashboard (2)', row, col));
  });
});
