// Opening a CRM export: CSV and XLSX rows to a sheet's values, numbers and dates as a Persian or Greek user writes them.
import { describe, expect, it } from 'vitest';
import { csvRows, fileSheet, FileProblem, MAX_CELLS, readFileValues, tableValues } from '../../web-workbook/file-import';

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
    expect(csvRows(bytes('\uFEFFStatus;Amount\nWon;1200\n\nLost;800\n'))).toEqual([['Status', 'Amount'], ['Won', '1200'], ['Lost', '800']]);
  });

  it('keeps quoted commas and line breaks inside a field', () => {
    expect(csvRows(bytes('Account,Note\n"Atlas, Inc.","two\nlines"\n'))).toEqual([['Account', 'Note'], ['Atlas, Inc.', 'two\nlines']]);
  });
});

describe('tableValues', () => {
  it('reads Persian digits and separators as numbers, and Jalali dates as dates with a date format', () => {
    const values = tableValues([['وضعیت', 'مبلغ', 'ایجاد'], ['برنده', '۱۲٬۰۰۰', '۱۴۰۲/۱۲/۰۱'], ['باز', '8,500', '1403/01/01']]);
    expect(values.headers).toEqual(['وضعیت', 'مبلغ', 'ایجاد']);
    // 1402/12/01 is 2024-02-20, serial 45342; 1403/01/01 is 2024-03-20, serial 45371.
    expect(values.rows).toEqual([['برنده', 12000, 45342], ['باز', 8500, 45371]]);
    expect(values.formats).toEqual([undefined, undefined, 'yyyy-mm-dd']);
  });

  it('keeps ids with a leading zero as the text they are', () => {
    expect(tableValues([['Id'], ['00123'], ['۰۰۷']]).rows).toEqual([['00123'], ['۰۰۷']]);
  });

  it('keeps a column as text when any of its cells is not a date, and blanks as blanks', () => {
    const values = tableValues([['Id', 'Closed'], ['D-1', '2024-03-05'], ['D-2', ''], ['D-3', 'soon']]);
    expect(values.rows).toEqual([['D-1', '2024-03-05'], ['D-2', null], ['D-3', 'soon']]);
    expect(values.formats).toEqual([undefined, undefined]);
  });

  it('reads XLSX dates (Date objects at UTC midnight) and keeps times', () => {
    const values = tableValues([['Received'], [new Date(Date.UTC(2024, 2, 5))], [new Date(Date.UTC(2024, 2, 5, 12))]]);
    expect(values.rows).toEqual([[45356], [45356.5]]);
    expect(values.formats).toEqual(['yyyy-mm-dd hh:mm']);
  });

  it('refuses an empty table and one over the cell limit', () => {
    expect(() => tableValues([])).toThrow(FileProblem);
    const wide = Array.from({ length: 3 }, () => Array.from({ length: MAX_CELLS / 2 }, () => 'x'));
    expect(() => tableValues(wide)).toThrow('tooBig');
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
    const { data, sheet } = fileSheet(['deals'], 'Deals.csv', tableValues([['Status'], ['Won']]));
    expect(sheet.name).toBe('Deals (2)');
    expect(data.sheets).toEqual([sheet]);
    expect(sheet.cells).toEqual({ A1: 'Status', A2: 'Won' });
    expect(sheet.panes).toEqual({ xSplit: 0, ySplit: 1 });
  });
});
