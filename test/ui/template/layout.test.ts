// The dashboard plan: every item placed once, spills free to grow, charts over what the tables show, text in the user's language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../core/translations';
import { dashboardItems, OUTCOME_WORDS } from '../../../ui/template/dashboard';
import { COLUMN_FORMATS, dataSheetValues } from '../../../ui/template/data-sheets';
import { FORMAT_ROWS, planDashboard, sampleTableSizes, STATUS_ROOM, type DashboardPlan } from '../../../ui/template/layout';
import { columnIndex, sampleData, structuredReference } from '../../../ui/template/sample-data';
import { templateNames } from '../../../ui/template/template-names';
import { columnLetters as columnLetter } from '../../../core';

const data = sampleData(1);
const tableSizes = sampleTableSizes(data, 'en');

function plan(language: 'en' | 'fa' | 'el' = 'en', host: 'excel' | 'sheets' = 'sheets', copy = 1): DashboardPlan {
  const names = templateNames(copy, language);
  return planDashboard({ host, language, names, refStyle: names.columnRange, tableSizes: sampleTableSizes(data, language) });
}

describe('sampleTableSizes', () => {
  it('sizes each table from the core on the sample, and the funnel from its stage block', () => {
    expect(tableSizes).toEqual({
      funnel: { rows: 4, cols: 4 },
      valueBySource: { rows: 5, cols: 4 },
      npsBreakdown: { rows: 3, cols: 3 },
      rfm: { rows: 150, cols: 8 },
      // The fitted model's 11 rows, and a forecast for each of the 150 customers.
      clvModel: { rows: 11, cols: 2 },
      clvForecast: { rows: 150, cols: 4 },
      // Won deals close in 16 Gregorian months; 6 quarters of first orders, followed over 7 quarters to the last.
      wonRevenueByMonth: { rows: 16, cols: 4 },
      cohortRetention: { rows: 6, cols: 2 + 7 },
    });
  });

  it('counts the Persian dashboard\'s months in the Solar Hijri calendar, the same days in 17 of them', () => {
    const fa = sampleTableSizes(data, 'fa');
    expect(fa.wonRevenueByMonth).toEqual({ rows: 17, cols: 4 });
    expect(sampleTableSizes(data, 'el')).toEqual(tableSizes);
  });
});

describe('planDashboard', () => {
  it('places every dashboard item once, scalars with their number format', () => {
    const p = plan();
    const formulas = p.cells.filter((c) => typeof c.content === 'string' && /^=(?!COUNTIF|SUMIF|IF\(|INDEX\(|LARGE\()/.test(c.content));
    expect(formulas).toHaveLength(dashboardItems().length);
    const winRate = p.cells.find((c) => c.content === '=WIN_RATE(Deals_Status, Status_Won, Status_Lost)')!;
    expect(winRate).toMatchObject({ col: 1, style: 'kpi', format: '0.0%' });
    expect(p.cells.find((c) => c.row === winRate.row && c.col === 0)).toMatchObject({ content: 'Win rate', style: 'label' });
  });

  it('never writes a whole-column or whole-row reference, in either host or any language', () => {
    const wholeColumn = /(^|[^A-Za-z0-9_$.[])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Za-z0-9_([])/;
    const wholeRow = /(^|[^A-Za-z0-9_$.])\$?\d+:\$?\d+/;
    expect(wholeColumn.test('=NPS(Survey!B:B)') && wholeColumn.test('=NPS($C:$C)') && wholeRow.test('=SUM(3:3)')).toBe(true);
    for (const host of ['excel', 'sheets'] as const) {
      for (const language of LANGUAGES) {
        const names = templateNames(2, language);
        const refStyle = host === 'excel' ? (sheet: Parameters<typeof structuredReference>[0], column: string) => structuredReference(sheet, column, names.tables[sheet]) : names.columnRange;
        const formulas = planDashboard({ host, language, names, refStyle, tableSizes: sampleTableSizes(data, language) }).cells
          .map((c) => c.content).filter((content): content is string => typeof content === 'string' && content.startsWith('='));
        expect(formulas.length).toBeGreaterThan(20);
        for (const formula of formulas) {
          expect(formula, `${host} ${language}`).not.toMatch(wholeColumn);
          expect(formula, `${host} ${language}`).not.toMatch(wholeRow);
        }
      }
    }
  });

  it('never writes two things into one cell', () => {
    const p = plan();
    const keys = p.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves every spill room to grow down and right as far as its table is wide', () => {
    const p = plan();
    expect(p.spills.map((s) => s.item)).toEqual(['funnel', 'valueBySource', 'npsBreakdown', 'rfm', 'wonRevenueByMonth', 'clvModel', 'clvForecast', 'cohortRetention']);
    for (const spill of p.spills) {
      const repeat = dashboardItems().find((i) => i.key === spill.item)!.table!.repeat;
      // A cohort triangle may grow right over all the room its repeated columns have.
      const width = repeat ? spill.cols - 7 + repeat.room : spill.cols;
      const blocking = p.cells.filter((c) => c.row >= spill.row && c.col >= spill.col && c.col < spill.col + width && !(c.row === spill.row && c.col === spill.col));
      expect(blocking, spill.item).toEqual([]);
      for (const { range } of spill.formats) {
        expect(range.row).toBe(spill.row);
        expect(range.rows).toBe(range.cols === 1 ? FORMAT_ROWS : repeat!.room);
        expect(range.col).toBeGreaterThanOrEqual(spill.col);
        expect(range.col + range.cols).toBeLessThanOrEqual(spill.col + width);
      }
    }
    const rfm = p.spills.find((s) => s.item === 'rfm')!;
    expect(rfm.formats.map((f) => f.format)).toEqual(['0', '0', '#,##0', '0', '0', '0']);
    // The first cell of a spill looks like the rest of its table.
    expect(p.cells.find((c) => c.row === rfm.row && c.col === rfm.col)).toMatchObject({ style: 'spill', content: '=RFM(Orders_Customer, Orders_Date, Orders_Amount)' });
  });

  it('heads the cohort triangle\'s quarters only where the table reaches, and colours them from low to high', () => {
    for (const language of LANGUAGES) {
      const p = plan(language);
      const cohort = p.spills.find((s) => s.item === 'cohortRetention')!;
      expect(cohort.cols).toBe(9);
      const header = (n: number) => p.cells.find((c) => c.row === cohort.row - 1 && c.col === cohort.col + 2 + n)!;
      const quarter = { en: 'Quarter 3', fa: 'فصل ۳', el: 'Τρίμηνο 3' }[language];
      expect(header(3)).toMatchObject({ style: 'header', content: `=IF(ISBLANK(${columnLetter(cohort.col + 5)}${cohort.row + 1}), "", "${quarter}")` });
      expect(header(39)).toBeDefined();
      expect(header(40)).toBeUndefined();
      expect(p.colorScales).toEqual([{ range: { row: cohort.row, col: cohort.col + 2, rows: 40, cols: 40 }, low: '#FFFFFF', high: '#5B9BD5' }]);
      expect(cohort.formats.map((f) => f.format)).toEqual(['#,##0', '0%']);
    }
  });

  it('lists each status with its deals, value and cost by formula and what it counts as, named with room for more statuses', () => {
    const p = plan('el', 'sheets', 1);
    const value = p.helpers.find((h) => h.key === 'statusValues')!;
    const outcome = p.helpers.find((h) => h.key === 'statusOutcomes')!;
    if (value.kind !== 'fixed' || outcome.kind !== 'fixed') throw new Error('the status block is a fixed block');
    expect(value.range).toMatchObject({ col: 0, rows: 3 + STATUS_ROOM, cols: 1 });
    expect(outcome.range.col).toBe(5);
    const at = (r: number, c: number) => p.cells.find((cell) => cell.row === value.range.row + r && cell.col === c)?.content;
    const row = value.range.row + 1;
    expect([0, 1, 3, 4, 5, 6, 7].map((c) => at(0, c))).toEqual([
      'Won', `=IF($A${row}="", "", COUNTIF(Deals_Status, $A${row}))`, `=IF($A${row}="", "", SUMIF(Deals_Status, $A${row}, Deals_Amount))`,
      `=IF($A${row}="", "", SUMIF(Deals_Status, $A${row}, Deals_Cost))`, 'κερδισμένη', `=IF($F${row}="κερδισμένη", $A${row}, "")`, `=IF($F${row}="χαμένη", $A${row}, "")`,
    ]);
    expect(at(0, 2)).toBeUndefined();
    expect([at(1, 5), at(2, 5)]).toEqual(['χαμένη', 'ανοιχτή']);
    // Every row has its formulas and an outcome cell, the empty rows too: a status typed there counts at once.
    expect(p.cells.filter((c) => c.style === 'outcome')).toHaveLength(3 + STATUS_ROOM);
    expect(at(3 + STATUS_ROOM - 1, 1)).toBe(`=IF($A${row + 3 + STATUS_ROOM - 1}="", "", COUNTIF(Deals_Status, $A${row + 3 + STATUS_ROOM - 1}))`);
    // No formula of the dashboard compares with a status of the data: only the block holds them.
    for (const cell of p.cells) if (typeof cell.content === 'string' && cell.content.startsWith('=') && !cell.content.includes('Rfm_Segment')) expect(cell.content).not.toMatch(/"(Won|Lost|Open)"/);
  });

  it('writes a status that reads as a formula as text, so a hostile export cannot put a formula on the dashboard', () => {
    const names = templateNames(1, 'en');
    const p = planDashboard({ host: 'sheets', language: 'en', names, refStyle: names.columnRange, tableSizes, statuses: [{ value: '=HYPERLINK("http://x")', outcome: 'open' }, { value: 'Won', outcome: 'won' }] });
    const value = p.helpers.find((h) => h.key === 'statusValues')!;
    if (value.kind !== 'fixed') throw new Error('the status block is a fixed block');
    expect(p.cells.filter((c) => c.col === 0 && c.row >= value.range.row && c.row < value.range.row + 2).map((c) => c.content)).toEqual(['\'=HYPERLINK("http://x")', 'Won']);
  });

  it('names the funnel block and the RFM segment column for the formulas that read them', () => {
    const p = plan('en', 'sheets', 2);
    expect(p.helpers.map((h) => h.name)).toEqual([
      'Status_Value_2', 'Status_Count_2', 'Status_Amount_2', 'Status_Cost_2', 'Status_Outcome_2', 'Status_Won_2', 'Status_Lost_2',
      'Funnel_Stage_2', 'Funnel_Count_2', 'Rfm_Segment_2', 'Clv_Customer_2', 'Clv_Value_2',
    ]);
    const [stages, counts, segments, customers, values] = p.helpers.slice(7);
    expect(stages).toMatchObject({ kind: 'fixed', range: { col: 9, rows: 4, cols: 1 } });
    expect(counts).toMatchObject({ kind: 'fixed', range: { col: 10, rows: 4, cols: 1 } });
    const rfm = p.spills.find((s) => s.item === 'rfm')!;
    expect(segments).toEqual({ key: 'rfmSegments', name: 'Rfm_Segment_2', kind: 'spill-column', anchor: { row: rfm.row, col: rfm.col }, column: 7 });
    expect(p.cells.map((c) => c.content)).toContain('=FUNNEL(Funnel_Count_2, Funnel_Stage_2)');
    expect(p.cells.map((c) => c.content)).toContain('=COUNTIF(Rfm_Segment_2, "Champions")');
    const clv = p.spills.find((s) => s.item === 'clvForecast')!;
    expect([customers, values]).toEqual([
      { key: 'clvCustomers', name: 'Clv_Customer_2', kind: 'spill-column', anchor: { row: clv.row, col: clv.col }, column: 0 },
      { key: 'clvValues', name: 'Clv_Value_2', kind: 'spill-column', anchor: { row: clv.row, col: clv.col }, column: 3 },
    ]);
    expect(p.cells.map((c) => c.content)).toContain('=INDEX(Clv_Customer_2, MATCH(LARGE(Clv_Value_2, 10), Clv_Value_2, 0))');
    expect(p.cells.map((c) => c.content)).toContain('=WIN_RATE(Deals_2_Status, Status_Won_2, Status_Lost_2)');
    expect(p.sheet).toBe('Dashboard (2)');
  });

  it('charts five tables above the tables, two a row and won revenue by month across a row, none overlapping', () => {
    const p = plan();
    expect(p.charts.map((c) => [c.key, c.type])).toEqual([['funnel', 'bar'], ['npsBreakdown', 'pie'], ['valueBySource', 'column'], ['rfmSegments', 'column'], ['wonRevenueByMonth', 'column']]);
    const [funnel, nps, , , months] = p.charts;
    expect(months.anchor.offsetX).toBe(0);
    expect(months.width).toBe(nps.anchor.offsetX + nps.width);
    // The third row of the grid: two rows of charts and their 20-pixel gaps above it.
    expect(funnel.anchor.offsetY).toBe(0);
    expect(months.anchor.offsetY).toBe(2 * (nps.height + 20));
    const byMonth = p.spills.find((s) => s.item === 'wonRevenueByMonth')!;
    expect(months.categories).toEqual({ row: byMonth.row, col: byMonth.col, rows: 16, cols: 1 });
    expect(months.values).toEqual({ row: byMonth.row, col: byMonth.col + 2, rows: 16, cols: 1 });
    expect(plan('fa').charts[4].categories.rows).toBe(17);
    const boxes = p.charts.map((c) => ({ left: c.anchor.offsetX, top: c.anchor.offsetY, right: c.anchor.offsetX + c.width, bottom: c.anchor.offsetY + c.height }));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }));
    const firstTableRow = Math.min(...p.spills.map((s) => s.row)) - 2;
    for (const chart of p.charts) {
      // Rows are at least 20 pixels in both hosts: the charts end above the tables.
      expect(chart.anchor.row + (chart.anchor.offsetY + chart.height) / 20).toBeLessThanOrEqual(firstTableRow);
      expect(chart.categories.rows).toBe(chart.values.rows);
      expect(chart.categories.cols).toBe(1);
    }
    const bySource = p.charts.find((c) => c.key === 'valueBySource')!;
    const spill = p.spills.find((s) => s.item === 'valueBySource')!;
    expect(bySource.categories).toEqual({ row: spill.row, col: spill.col, rows: 5, cols: 1 });
    expect(bySource.values).toEqual({ row: spill.row, col: spill.col + 2, rows: 5, cols: 1 });
  });

  it('writes every label in the user\'s language, right to left for Persian only', () => {
    const en = plan('en');
    for (const language of LANGUAGES) {
      const p = plan(language);
      expect(p.rightToLeft).toBe(language === 'fa');
      expect(p.language).toBe(language);
      const texts = p.cells.filter((c) => c.style === 'title' || c.style === 'section' || c.style === 'header').map((c) => String(c.content));
      if (language === 'fa') expect(texts.filter((t) => /[\u0600-\u06FF]/.test(t)).length).toBeGreaterThan(texts.length * 0.8);
      if (language === 'el') expect(texts.filter((t) => /[\u0370-\u03FF]/.test(t)).length).toBeGreaterThan(texts.length * 0.8);
      // Same places and formulas in every language.
      expect(p.cells.map((c) => [c.row, c.col])).toEqual(en.cells.map((c) => [c.row, c.col]));
      // Persian counts in the Solar Hijri calendar.
      // Persian counts in the Solar Hijri calendar; the status block's outcomes are words of each language.
      const english = (text: string) => (['won', 'lost', 'open'] as const).reduce((t, o) => t.replaceAll(`"${OUTCOME_WORDS[o][language]}"`, `"${o}"`), text.replace('"jalali"', '"gregorian"'));
      const formulas = (q: DashboardPlan) => q.cells.filter((c) => c.style === 'kpi' || c.style === 'spill').map((c) => english(String(c.content)));
      expect(formulas(p)).toEqual(formulas(en));
      expect(p.cells.filter((c) => String(c.content).includes('"jalali"'))).toHaveLength(language === 'fa' ? 2 : 0);
    }
    expect(plan('fa').sheet).toBe('داشبورد');
    expect(plan('fa').cells[1].content).toContain('Deals، Leads، Orders، Survey، Spend');
    expect(plan('fa').charts[0].title).toBe('قیف فروش');
  });

  it('uses the host\'s function names', () => {
    const names = templateNames(1, 'en');
    const excel = planDashboard({ host: 'excel', language: 'en', names, refStyle: (s, c) => `${names.tables[s]}[${c}]`, tableSizes });
    expect(excel.cells.map((c) => c.content)).toContain('=KPI.WIN_RATE(Deals[status], Status_Won, Status_Lost)');
  });

  it('refuses a plan without the sample size of a table', () => {
    const names = templateNames(1, 'en');
    expect(() => planDashboard({ host: 'sheets', language: 'en', names, refStyle: names.columnRange, tableSizes: { ...tableSizes, rfm: { rows: 0, cols: 8 } } })).toThrow('No sample size for the table rfm');
  });
});

describe('dataSheetValues', () => {
  it('types dates as serial day numbers with a date format, and keeps blanks blank', () => {
    const deals = dataSheetValues('deals', data.deals);
    const created = columnIndex('deals', 'created');
    expect(data.deals.rows[0][created]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // 2025-05-01 is serial 45778 in both hosts (days since 1899-12-30).
    expect(dataSheetValues('spend', data.spend).rows[0][0]).toBe(45778);
    expect(deals.formats).toEqual([undefined, undefined, undefined, undefined, undefined, '#,##0', '#,##0', 'yyyy-mm-dd', 'yyyy-mm-dd']);
    expect(deals.rows.some((row) => row[columnIndex('deals', 'closed')] === null)).toBe(true);
    const leads = dataSheetValues('leads', data.leads);
    const received = leads.rows[0][columnIndex('leads', 'received')] as number;
    expect(received % 1).not.toBe(0);
    expect(leads.formats[columnIndex('leads', 'received')]).toBe(COLUMN_FORMATS.datetime);
    // The sample itself is not changed.
    expect(typeof data.deals.rows[0][created]).toBe('string');
  });

  it('names the cell it cannot read as a date', () => {
    expect(() => dataSheetValues('orders', { headers: ['Customer', 'Date', 'Amount'], rows: [['A', 'soon', 1]] })).toThrow('The sample has "soon" in a date column');
  });
});
