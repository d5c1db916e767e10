// Opening a CRM export: CSV and XLSX rows to a sheet's values, numbers and dates as a Persian or Greek user writes them.
import { describe, expect, it } from 'vitest';
import { findKpi, runKpi } from '../../core';
import {
  columnValues, csvRows, decodeText, fileSheet, FileProblem, MAX_CELLS, MAX_COLUMNS, readFileValues, tableValues, type ImportedTable,
} from '../../web-workbook/file-import';
import { CRM_EXPORTS, expectedKpis, greekExcelExport, salesforceFormattedReport, windows1256 } from '../helpers/crm-exports';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

async function problem(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblem);
    return (error as FileProblem).reason;
  }
  throw new Error('expected a FileProblem');
}

describe('csvRows', () => {
  it('drops a byte order mark, detects the delimiter and skips blank lines', () => {
    expect(csvRows(decodeText(bytes('\uFEFFStatus;Amount\nWon;1200\n\nLost;800\n')).text)).toEqual([['Status', 'Amount'], ['Won', '1200'], ['Lost', '800']]);
  });

  it('keeps quoted commas and line breaks inside a field', () => {
    expect(csvRows(decodeText(bytes('Account,Note\n"Atlas, Inc.","two\nlines"\n')).text)).toEqual([['Account', 'Note'], ['Atlas, Inc.', 'two\nlines']]);
  });
});

describe('tableValues', () => {
  it('reads Persian digits and separators as numbers, and Jalali dates as dates with a date format', () => {
    const { values } = tableValues([['وضعیت', 'مبلغ', 'ایجاد'], ['برنده', '۱۲٬۰۰۰', '۱۴۰۲/۱۲/۰۱'], ['باز', '8,500', '1403/01/01']]);
    expect(values.headers).toEqual(['وضعیت', 'مبلغ', 'ایجاد']);
    // 1402/12/01 is 2024-02-20, serial 45342; 1403/01/01 is 2024-03-20, serial 45371.
    expect(values.rows).toEqual([['برنده', 12000, 45342], ['باز', 8500, 45371]]);
    expect(values.formats).toEqual([undefined, undefined, 'yyyy-mm-dd']);
  });

  it('keeps ids with a leading zero as the text they are', () => {
    expect(tableValues([['Id'], ['00123'], ['۰۰۷']]).values.rows).toEqual([['00123'], ['۰۰۷']]);
  });

  it('keeps a column as text when any of its cells is not a date, and blanks as blanks', () => {
    const { values } = tableValues([['Id', 'Closed'], ['D-1', '2024-03-05'], ['D-2', ''], ['D-3', 'soon']]);
    expect(values.rows).toEqual([['D-1', '2024-03-05'], ['D-2', null], ['D-3', 'soon']]);
    expect(values.formats).toEqual([undefined, undefined]);
  });

  it('reads XLSX dates (Date objects at UTC midnight) and keeps times', () => {
    const { values } = tableValues([['Received'], [new Date(Date.UTC(2024, 2, 5))], [new Date(Date.UTC(2024, 2, 5, 12))]]);
    expect(values.rows).toEqual([[45356], [45356.5]]);
    expect(values.formats).toEqual(['yyyy-mm-dd hh:mm']);
  });

  it('refuses an empty table and one over the cell limit', () => {
    expect(() => tableValues([])).toThrow(FileProblem);
    const tall = Array.from({ length: MAX_CELLS / 2 + 1 }, () => ['x', 'y']);
    expect(() => tableValues(tall)).toThrow('tooBig');
    expect(() => tableValues([Array.from({ length: MAX_COLUMNS + 1 }, () => 'x')])).toThrow('tooWide');
  });
});

describe('readFileValues', () => {
  it('says why a file cannot be opened', async () => {
    expect(await problem(readFileValues('report.pdf', bytes('x')))).toBe('kind');
    expect(await problem(readFileValues('empty.csv', new ArrayBuffer(0)))).toBe('empty');
    expect(await problem(readFileValues('blank.csv', bytes('\n\n')))).toBe('empty');
    expect(await problem(readFileValues('image.csv', bytes('PNG\u0000\u0001')))).toBe('binary');
    expect(await problem(readFileValues('broken.xlsx', bytes('not a zip')))).toBe('unreadable');
  });
});

describe('fileSheet', () => {
  it('makes the file a sheet named after it, unique among the names taken, in a workbook of its own', () => {
    const { data, sheet } = fileSheet(['deals'], 'Deals.csv', tableValues([['Status'], ['Won']]).values);
    expect(sheet.name).toBe('Deals (2)');
    expect(data.sheets).toEqual([sheet]);
    expect(sheet.cells).toEqual({ A1: 'Status', A2: 'Won' });
    expect(sheet.panes).toEqual({ xSplit: 0, ySplit: 1 });
  });
});

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const column = (table: ImportedTable, c: number) => table.values.rows.map((row) => [row[c]]);

describe('CRM exports, as the vendors document them', () => {
  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: every KPI over the opened columns is the one computed from the deals', async (_vendor, make) => {
    const crm = make();
    const file = await readFileValues(crm.fileName, buffer(crm.bytes));
    expect(file.tables).toHaveLength(1);
    const [table] = file.tables;
    expect(table.values.rows).toHaveLength(crm.deals.length);
    expect([table.above, table.below]).toEqual([crm.above, crm.below]);
    const c = crm.columns;
    const expected = expectedKpis(crm.deals);
    expect(runKpi(findKpi('WIN_RATE')!, [column(table, c.status)])).toBe(expected.winRate);
    expect(runKpi(findKpi('AVG_DEAL_SIZE')!, [column(table, c.amount), column(table, c.status)])).toBeCloseTo(expected.avgDealSize, 6);
    expect(runKpi(findKpi('SALES_CYCLE')!, [column(table, c.created), column(table, c.close), column(table, c.status)])).toBeCloseTo(expected.salesCycle, 9);
    expect(runKpi(findKpi('AVG_RESPONSE_TIME')!, [column(table, c.received), column(table, c.responded)])).toBeCloseTo(expected.avgResponseHours, 9);
    const bySource = runKpi(findKpi('BY_SOURCE')!, [column(table, c.source), column(table, c.amount)]) as (string | number)[][];
    expect(bySource.map((row) => row.slice(0, 2))).toEqual(expected.bySource.map((row) => row.slice(0, 2)));
    bySource.forEach((row, i) => expect(row[2]).toBeCloseTo(expected.bySource[i][2] as number, 6));
  });

  it('reads the Greek Excel file as Windows-1253, every letter and the euro sign intact', async () => {
    const crm = greekExcelExport();
    const file = await readFileValues(crm.fileName, buffer(crm.bytes), 'el');
    expect(file.encoding).toBe('windows-1253');
    expect(file.tables[0].values.headers).toEqual(['Πελάτης', 'Κατάσταση', 'Ποσό', 'Ημερομηνία δημιουργίας', 'Ημερομηνία κλεισίματος', 'Πηγή', 'Τεμάχια', 'Πρώτη απάντηση']);
    expect(file.tables[0].values.formats[2]).toBe('#,##0.00[$ €]');
  });

  it('says how each column was read; a column the cells leave open follows the page language, with the other reading ready', async () => {
    const crm = greekExcelExport();
    const read = async (language: 'en' | 'el') => (await readFileValues(crm.fileName, buffer(crm.bytes), language)).tables[0];
    const greek = await read('el');
    const english = await read('en');
    const pieces = (table: ImportedTable) => table.readings.find((reading) => reading.header === 'Τεμάχια')!;
    expect(pieces(greek)).toMatchObject({ reading: 'comma', guessed: true, other: { reading: 'point' } });
    expect(pieces(english)).toMatchObject({ reading: 'point', guessed: true, other: { reading: 'comma' } });
    const at = pieces(greek).exampleRow;
    expect(pieces(greek).example).toMatch(/^\d+\.000$/);
    expect(greek.values.rows[at][6]).toBe(Number(pieces(greek).example.replace('.', '')));
    expect(english.values.rows[at][6]).toBe(Number(pieces(greek).example.replace('.000', '')));
    expect(pieces(english).other!.values).toEqual(greek.values.rows.map((row) => row[6]));
    expect(greek.readings.find((reading) => reading.header === 'Ποσό')).toMatchObject({ reading: 'comma', guessed: false });
    expect(greek.readings.find((reading) => reading.header === 'Ημερομηνία κλεισίματος')).toMatchObject({ reading: 'day-first', guessed: false });
  });
});

describe('decodeText', () => {
  const text = 'Κατάσταση;Ποσό\nΚερδισμένη;10.196,17 €\n';
  it('reads UTF-8 with or without a byte order mark, and UTF-16 with one', () => {
    expect(decodeText(buffer(new TextEncoder().encode(`\uFEFF${text}`)))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(buffer(new TextEncoder().encode(text)))).toEqual({ text, encoding: 'utf-8' });
    const utf16le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const utf16be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])]);
    expect(decodeText(buffer(utf16le))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(buffer(utf16be))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('recognises Windows-1253, Windows-1256 and Windows-1252 from the bytes', () => {
    const persian = 'وضعیت معامله,مبلغ\nموفق,1200\nناموفق,800\nجاری,300\nپیگیری,50\n'.replace(/ی/g, 'ي');
    expect(decodeText(buffer(windows1256(persian)))).toEqual({ text: persian, encoding: 'windows-1256' });
    const greek = greekExcelExport();
    expect(decodeText(buffer(greek.bytes)).encoding).toBe('windows-1253');
    const western = 'Kunde;Straße;Betrag\nMüller;Größe;1.200,00 €\nCafé Zoë;Königsallee;800,00 €\n';
    const latin1 = Uint8Array.from([...western].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
    expect(decodeText(buffer(latin1))).toEqual({ text: western, encoding: 'windows-1252' });
  });
});

describe('the table among a report\'s other lines', () => {
  it('leaves out title lines above the header and footer lines below the data, and counts them', () => {
    const table = tableValues([
      ['Opportunities by Stage'], ['As of 12/2/2024'], ['Filtered By: Close Date equals THIS YEAR', ''],
      ['Opportunity', 'Stage', 'Amount'], ['A', 'Closed Won', '100'], ['B', '', ''], ['C', 'Closed Lost', '50'],
      ['Confidential Information - Do Not Distribute'], ['Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.'],
    ]);
    expect(table.values.headers).toEqual(['Opportunity', 'Stage', 'Amount']);
    expect(table.values.rows).toEqual([['A', 'Closed Won', 100], ['B', null, null], ['C', 'Closed Lost', 50]]);
    expect([table.above, table.below]).toEqual([3, 2]);
  });

  it('keeps a narrow table whole', () => {
    expect(tableValues([['Status'], ['Won'], ['Lost']]).values.rows).toEqual([['Won'], ['Lost']]);
  });

  it('opens every sheet of an XLSX workbook with its table, and names the empty ones', async () => {
    const report = salesforceFormattedReport();
    const file = await readFileValues('Opportunities.xlsx', buffer(report.bytes));
    expect(file.tables.map((table) => table.sheetName)).toEqual(['Report', 'Accounts']);
    expect(file.emptySheets).toEqual(['Notes']);
    const [deals, accounts] = file.tables;
    expect(deals.above).toBe(5);
    expect(deals.values.headers).toEqual(['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Lead Source']);
    expect(runKpi(findKpi('WIN_RATE')!, [column(deals, 1)])).toBe(expectedKpis(report.deals).winRate);
    expect(runKpi(findKpi('SALES_CYCLE')!, [column(deals, 4), column(deals, 3), column(deals, 1)])).toBeCloseTo(expectedKpis(report.deals).salesCycle, 9);
    expect(accounts.values.rows).toEqual([['Account 1', 'Energy'], ['Account 2', 'Retail']]);
  });
});

describe('columnValues', () => {
  it('keeps ids with a leading zero and phone numbers as text, the whole column', () => {
    expect(columnValues(['00123', '12345', '']).values).toEqual(['00123', '12345', null]);
    expect(columnValues(['+30 210 1234567', '+98 21 8888 1234']).values).toEqual(['+30 210 1234567', '+98 21 8888 1234']);
  });

  it('reads amounts with their currency, keeping it as the format', () => {
    expect(columnValues(['$17,150.00', '$2,400.50', '($1,200.00)'])).toEqual({ values: [17150, 2400.5, -1200], format: '[$$]#,##0.00', reading: { reading: 'point', example: '$17,150.00', exampleRow: 0, guessed: false } });
    expect(columnValues(['۴۲۳٬۰۰۰٬۰۰۰ ریال', '۱۲٬۰۰۰ ریال']).values).toEqual([423000000, 12000]);
  });

  it('reads dates with the year last in the one order the column shows; a column that shows both stays text', () => {
    expect(columnValues(['12/14/2024', '1/6/2025']).values).toEqual([45640, 45663]);
    expect(columnValues(['26/01/2024', '03/02/2024']).values).toEqual([45317, 45325]);
    expect(columnValues(['26/01/2024', '12/14/2024']).values).toEqual(['26/01/2024', '12/14/2024']);
    expect(columnValues(['05/03/2024'], 'el')).toMatchObject({ values: [45356], reading: { reading: 'day-first', guessed: true, other: { reading: 'month-first', values: [45415] } } });
    expect(columnValues(['05/03/2024'], 'en')).toMatchObject({ values: [45415], reading: { reading: 'month-first', guessed: true } });
  });
});

describe('limits', () => {
  it('reads a CSV of 200,000 rows without overflowing the stack', () => {
    const lines = ['Stage,Amount,Close'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i % 3 ? 'Won' : 'Lost'},${i % 1000}.50,2024-03-${String((i % 28) + 1).padStart(2, '0')}`);
    const table = tableValues(csvRows(lines.join('\n')));
    expect(table.values.rows).toHaveLength(200_000);
    expect(table.values.rows[199_999]).toEqual(['Won', 999.5, 45352 + 23]);
  });
});
