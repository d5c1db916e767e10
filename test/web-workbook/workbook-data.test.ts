// The browser workbook's data: the template as o-spreadsheet sheets, named ranges and charts, added beside what is there.
import { describe, expect, it } from 'vitest';
import { DATA_SHEETS } from '../../ui/template/sample-data';
import { columnLetters } from '../../core';
import { column } from '../ui/wizard/fake-host';
import { addTemplate, cellContent, emptyWorkbook, ROOM_FOR_DATA } from '../../web-workbook/workbook-data';

describe('addTemplate', () => {
  it('puts the dashboard and five data sheets after what is there, under the first free names, and changes nothing there', () => {
    const book = emptyWorkbook('Deals');
    book.sheets[0].cells.A1 = 'my own deals';
    book.namedRanges.Deals_Status = 'Deals!A2:A9';
    const before = JSON.stringify(book);
    const { data, names } = addTemplate(book, 'en');
    expect(JSON.stringify(book)).toBe(before);
    expect(data.sheets.map((s) => s.name)).toEqual(['Deals', 'Dashboard (2)', 'Deals (2)', 'Leads (2)', 'Orders (2)', 'Survey (2)', 'Spend (2)']);
    expect(data.sheets[0]).toEqual(book.sheets[0]);
    expect(data.namedRanges.Deals_Status).toBe('Deals!A2:A9');
    expect(names.copy).toBe(2);
    expect(new Set(data.sheets.map((s) => s.id)).size).toBe(7);
  });

  it('names every data column open-ended, so rows pasted past the sheet\'s last row count too', () => {
    const { data } = addTemplate(emptyWorkbook(), 'en');
    const deals = data.sheets.find((s) => s.name === 'Deals')!;
    expect(deals.rowNumber).toBe(501 + ROOM_FOR_DATA);
    expect(data.namedRanges.Deals_Status).toBe('Deals!E2:E');
    expect(Object.keys(data.namedRanges).filter((n) => !/^(Funnel|Rfm|Clv|Status)_/.test(n))).toHaveLength(DATA_SHEETS.reduce((n, s) => n + s.columns.length, 0));
    expect(data.namedRanges.Funnel_Count).toMatch(/^Dashboard!K\d+:K\d+$/);
    expect(deals.cells.A1).toBe('Id');
    expect(deals.panes).toEqual({ xSplit: 0, ySplit: 1 });
  });

  it('writes the dashboard\'s formulas with the Sheets names and its five charts, the funnel as a funnel chart', () => {
    const { data } = addTemplate(emptyWorkbook(), 'en');
    const dashboard = data.sheets.find((s) => s.name === 'Dashboard')!;
    expect(Object.values(dashboard.cells)).toContain('=WIN_RATE(Deals_Status, Status_Won, Status_Lost)');
    expect(dashboard.figures.map((f) => f.data.type)).toEqual(['funnel', 'pie', 'bar', 'bar', 'bar']);
    expect(dashboard.figures.map((f) => (f.data as { horizontal?: boolean }).horizontal)).toEqual([undefined, undefined, false, false, false]);
    expect(dashboard.figures[4].width).toBe(940);
    expect(data.formats[dashboard.formats.B5]).toBe('0.0%');
  });

  it('right-aligns the Persian dashboard\'s text, as the grid has no right-to-left mode, and quotes its sheet name in ranges', () => {
    const { data } = addTemplate(emptyWorkbook(), 'fa');
    const dashboard = data.sheets.find((s) => s.name === 'داشبورد')!;
    expect(data.styles[dashboard.styles.A1]).toMatchObject({ bold: true, align: 'right' });
    expect(data.styles[dashboard.styles.B5]?.align).toBeUndefined();
    expect(data.namedRanges.Funnel_Count).toMatch(/^'داشبورد'!K\d+:K\d+$/);
  });

  it('colours the cohort triangle with a colour scale from white to blue, and counts in Solar Hijri in Persian', () => {
    const { data } = addTemplate(emptyWorkbook(), 'fa');
    const dashboard = data.sheets.find((s) => s.name === 'داشبورد')!;
    const cohort = Object.entries(dashboard.cells).find(([, content]) => content.startsWith('=COHORT_RETENTION('))!;
    expect(cohort[1]).toBe('=COHORT_RETENTION(Orders_Customer, Orders_Date, "quarter", "jalali")');
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(cohort[0])!;
    const first = columnLetters(column(letters) + 2);
    expect(dashboard.conditionalFormats).toEqual([{
      id: `${dashboard.id}-scale-1`,
      ranges: [`${first}${row}:${columnLetters(column(letters) + 41)}${Number(row) + 39}`],
      rule: { type: 'ColorScaleRule', minimum: { type: 'value', color: 0xffffff }, maximum: { type: 'value', color: 0x5b9bd5 } },
    }]);
  });
});

describe('cellContent', () => {
  it('keeps text that looks like a formula as text', () => {
    expect(cellContent('=cmd|calc')).toBe("'=cmd|calc");
    expect(cellContent('+98 21 1234')).toBe("'+98 21 1234");
    expect(cellContent('00123')).toBe("'00123");
    expect(cellContent('2024-03-05')).toBe("'2024-03-05");
    expect(cellContent('true')).toBe("'true");
    expect(cellContent('Won')).toBe('Won');
    expect(cellContent(1200.5)).toBe('1200.5');
    expect(cellContent(null)).toBeUndefined();
  });
});
