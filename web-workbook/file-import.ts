// Opening a CRM export (CSV or XLSX) as a new sheet: parsed by Papa Parse or read-excel-file, numbers and dates read as a Persian or Greek user writes them.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';
import { dateObjectToDay, parseDateText, parseNumberText } from '../core';
import { uniqueSheetName } from '../ui/sheet-names';
import type { DataSheetValues } from '../ui/template/data-sheets';
import type { SampleCell } from '../ui/template/sample-data';
import { addDataSheet, type SheetData, type WorkbookData } from './workbook-data';
import { checkXlsx } from './xlsx-guard';

/** Why a file could not be opened; the workbook is left as it was. */
export class FileProblem extends Error {
  constructor(readonly reason: 'kind' | 'empty' | 'binary' | 'unreadable' | 'tooBig' | 'bomb') {
    super(reason);
  }
}

export const MAX_CELLS = 2_000_000;

type RawCell = string | number | boolean | Date | null | undefined;

/**
 * Text as a number (Persian and Arabic-Indic digits, ٬ and , separators, ٫ decimal point, %), or NaN. A
 * leading zero (an id such as 00123, a phone number) keeps the text as text.
 */
function textNumber(text: string): number {
  if (/^[0۰٠][0-9۰-۹٠-٩]/.test(text.trim())) return NaN;
  return /\d|[۰-۹٠-٩]/.test(text) ? parseNumberText(text) : NaN;
}

/**
 * A column's cells as the sheet keeps them: a column whose every filled cell is a date (ISO or Jalali
 * text, or an XLSX date) becomes serial days with a date format; numbers written in any digit set become
 * numbers; everything else stays text, exactly as in the file.
 */
function columnValues(cells: readonly RawCell[]): { values: SampleCell[]; format?: string } {
  const filled = cells.filter((cell) => cell !== null && cell !== undefined && cell !== '');
  const days = filled.map((cell) => (cell instanceof Date ? dateObjectToDay(cell, 'UTC') : typeof cell === 'string' && /[-/]/.test(cell) ? parseDateText(cell) : NaN));
  if (filled.length > 0 && days.every((day) => Number.isFinite(day) && day > 0)) {
    const withTime = days.some((day) => day % 1 !== 0);
    return {
      values: cells.map((cell) => (cell === null || cell === undefined || cell === '' ? null : cell instanceof Date ? dateObjectToDay(cell, 'UTC') : parseDateText(String(cell)))),
      format: withTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
    };
  }
  return {
    values: cells.map((cell) => {
      if (cell === null || cell === undefined || cell === '') return null;
      if (typeof cell === 'number') return cell;
      if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
      if (cell instanceof Date) return dateObjectToDay(cell, 'UTC');
      const number = textNumber(cell);
      return Number.isFinite(number) ? number : cell;
    }),
  };
}

/** Rows of a file (header first) as a data sheet's values. */
export function tableValues(rows: readonly (readonly RawCell[])[]): DataSheetValues {
  // A loop, not Math.max(...rows): a spread of 400,000 rows overflows the stack.
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  if (rows.length === 0 || width === 0) throw new FileProblem('empty');
  if (rows.length * width > MAX_CELLS) throw new FileProblem('tooBig');
  const headers = Array.from({ length: width }, (_, c) => String(rows[0][c] ?? '').trim());
  const body = rows.slice(1);
  const columns = headers.map((_, c) => columnValues(body.map((row) => row[c])));
  return {
    headers,
    rows: body.map((_, r) => columns.map((column) => column.values[r])),
    formats: columns.map((column) => column.format),
  };
}

/** A CSV's rows: UTF-8 with or without a byte order mark, delimiter detected, blank lines skipped. */
export function csvRows(bytes: ArrayBuffer): string[][] {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\u0000')) throw new FileProblem('binary');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => cell.trim()));
}

async function xlsxRows(bytes: ArrayBuffer): Promise<RawCell[][]> {
  // Checked before anything inflates it: a zip bomb is refused here, in well under a second.
  const verdict = checkXlsx(new Uint8Array(bytes));
  if (!verdict.ok) throw new FileProblem(verdict.reason);
  try {
    return (await readSheet(bytes)) as RawCell[][];
  } catch {
    throw new FileProblem('unreadable');
  }
}

/** The file's rows as a data sheet's values; a FileProblem says why when it cannot be opened. */
export async function readFileValues(name: string, bytes: ArrayBuffer): Promise<DataSheetValues> {
  const kind = name.toLowerCase().match(/\.(csv|txt|xlsx)$/)?.[1];
  if (!kind) throw new FileProblem('kind');
  if (bytes.byteLength === 0) throw new FileProblem('empty');
  return tableValues(kind === 'xlsx' ? await xlsxRows(bytes) : csvRows(bytes));
}

/** The file's values as a data sheet named after the file (no name in `takenNames`), in a workbook of its own, to be added by commands. */
export function fileSheet(takenNames: readonly string[], fileName: string, values: DataSheetValues): { data: WorkbookData; sheet: SheetData } {
  const data: WorkbookData = { sheets: [], styles: {}, formats: {}, namedRanges: {} };
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[[\]*?:/\\']/g, ' ').trim().slice(0, 80) || 'Data';
  const sheet = addDataSheet(data, uniqueSheetName(base, takenNames), values);
  return { data, sheet };
}
