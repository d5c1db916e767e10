// Opening a CRM export (CSV or XLSX) as new sheets: its encoding, its table among title and footer lines, and each column's numbers and dates read as its cells show.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/browser';
import {
  dateObjectToDay, decideDateOrder, parseDateText, parseNumberText, yearLastParts, type DateOrder, type NumberStyle,
} from '../core';
import type { Language } from '../core/translations';
import { uniqueSheetName } from '../ui/sheet-names';
import type { DataSheetValues } from '../ui/template/data-sheets';
import type { SampleCell } from '../ui/template/sample-data';
import { addDataSheet, type SheetData, type WorkbookData } from './workbook-data';
import { checkXlsx } from './xlsx-guard';

/** Why a file could not be opened; the workbook is left as it was. */
export class FileProblem extends Error {
  constructor(readonly reason: 'kind' | 'empty' | 'binary' | 'unreadable' | 'tooBig' | 'tooWide' | 'bomb') {
    super(reason);
  }
}

export const MAX_CELLS = 2_000_000;
/** The grid's last column is ZZZ. */
export const MAX_COLUMNS = 18_278;

type RawCell = string | number | boolean | Date | null | undefined;

// ---------------------------------------------------------------- encodings

/** The encodings a CRM or Excel writes a CSV in, as TextDecoder names them. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1253' | 'windows-1256' | 'windows-1252';

/** The single-byte code pages a Greek, Persian or Western Excel saves "CSV" in, tried when the bytes are not UTF-8. */
const CODE_PAGES = ['windows-1253', 'windows-1256', 'windows-1252'] as const;

const LETTERS = /[\p{L}\p{M}]+/gu;
const UNLIKELY = /[\u0080-\u009F\uFFFD]/g;
const SCRIPTS = [/\p{Script=Greek}/u, /\p{Script=Arabic}/u, /\p{Script=Latin}/u];

/**
 * How much a decoding reads as words: each word of non-ASCII letters written in one script, and (for
 * Greek and Latin) in one case or capitalised, counts for; a word mixing scripts or cases, a control
 * character or an undecodable byte counts against. Greek bytes read as Arabic mix Arabic with é and ç.
 */
function plausibility(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(LETTERS)) {
    if (!/[^\x00-\x7F]/.test(word)) continue;
    const scripts = SCRIPTS.filter((script) => script.test(word)).length;
    const cased = word === word.toLowerCase() || word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase();
    score += scripts === 1 && cased ? 1 : -1;
  }
  return score - 2 * (text.match(UNLIKELY)?.length ?? 0);
}

/** Windows-1252's characters at 0x80–0x9F, where some decoders (Node's) give Latin-1's control characters instead. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeAs(encoding: Encoding, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]) : text;
}

/** A file's text and the encoding it was read in: a byte order mark, else UTF-8 if the bytes are, else the code page they read best in. */
export function decodeText(buffer: ArrayBuffer): { text: string; encoding: Encoding } {
  const bytes = new Uint8Array(buffer);
  const decode = (encoding: Encoding, from = 0) => ({ text: decodeAs(encoding, bytes.subarray(from)), encoding });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a single-byte code page. The best-reading one wins; a tie goes to the first (Greek, then Persian).
    const sample = bytes.subarray(0, 1 << 20);
    let best: Encoding = CODE_PAGES[0];
    let bestScore = -Infinity;
    for (const encoding of CODE_PAGES) {
      const score = plausibility(decodeAs(encoding, sample));
      if (score > bestScore) {
        best = encoding;
        bestScore = score;
      }
    }
    return decode(best);
  }
}

// ---------------------------------------------------------------- the table among title and footer lines

function filledCount(row: readonly RawCell[]): number {
  let n = 0;
  for (const cell of row) if (cell !== null && cell !== undefined && cell !== '') n++;
  return n;
}

/** How many rows above the header a search for it looks at. */
const HEADER_SEARCH_ROWS = 50;

/**
 * Where the table is among a report's other lines: the header is the first row filled at least
 * ~60% as much as the fullest of the first rows (title lines above it fill one or two cells), and the
 * data ends at its last row with two cells filled (a report's footer lines fill one).
 */
export function tableExtent(rows: readonly (readonly RawCell[])[]): { header: number; end: number } {
  let fullest = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) fullest = Math.max(fullest, filledCount(rows[r]));
  if (fullest < 3) return { header: 0, end: rows.length };
  const wanted = Math.max(2, Math.ceil(0.6 * fullest));
  let header = 0;
  while (header < rows.length && filledCount(rows[header]) < wanted) header++;
  let end = rows.length;
  while (end > header + 1 && filledCount(rows[end - 1]) <= 1) end--;
  return { header, end };
}

// ---------------------------------------------------------------- columns

/** How a column was read where its cells allowed two readings, or decided one: shown to the user, with the other reading a click away. */
export interface ColumnReading {
  readonly column: number;
  readonly header: string;
  readonly reading: NumberStyle | DateOrder;
  /** A cell that shows the reading, or (when nothing decided it) one that reads both ways, and its row among the data. */
  readonly example: string;
  readonly exampleRow: number;
  /** Whether the cells left it open, so the page's language decided. */
  readonly guessed: boolean;
  /** The column read the other way, for the one click that takes it instead. */
  readonly other?: { readonly reading: NumberStyle | DateOrder; readonly values: readonly SampleCell[]; readonly format?: string };
}

interface ColumnResult {
  readonly values: SampleCell[];
  readonly format?: string;
  readonly reading?: Omit<ColumnReading, 'column' | 'header'>;
}

const isEmpty = (cell: RawCell): cell is null | undefined | '' => cell === null || cell === undefined || cell === '';

/** Ids and phone numbers: a leading zero (00123), or a + and eight or more digits. They stay text. */
const ID_LIKE = /^(?:[0۰٠][0-9۰-۹٠-٩]|\+[\d\s()-]{8,}$)/;
/** Text that could be a number: a digit in any set. */
const HAS_DIGIT = /[0-9۰-۹٠-٩]/;

/** A reading of a column's dates in one order, or undefined when a filled cell is not a date. */
function datesIn(cells: readonly RawCell[], order: DateOrder | undefined): { values: SampleCell[]; format: string } | undefined {
  const values: SampleCell[] = new Array(cells.length);
  let withTime = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isEmpty(cell)) {
      values[i] = null;
      continue;
    }
    const day = cell instanceof Date ? dateObjectToDay(cell, 'UTC') : typeof cell === 'string' && /[-/.]/.test(cell) ? parseDateText(cell, order) : NaN;
    if (!(Number.isFinite(day) && day > 0)) return undefined;
    if (day % 1 !== 0) withTime = true;
    values[i] = day;
  }
  return { values, format: withTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd' };
}

const CURRENCY_MARK = /^\(?\s*([$€£¥₺﷼]|[A-Z]{3}\b)|([$€£¥₺﷼]|\b[A-Z]{3}|ریال|ريال|تومان)\s*\)?$/;

/** A number format for a column's amounts: its one currency (placed as the cells place it) and two decimals where they have them. */
function amountFormat(texts: readonly string[]): string | undefined {
  let mark: string | undefined;
  let before = false;
  let decimals = false;
  for (const text of texts) {
    const found = CURRENCY_MARK.exec(text.trim());
    const here = found?.[1] ?? found?.[2];
    if (!here || (mark !== undefined && here !== mark)) return undefined;
    mark = here;
    before = found![1] !== undefined;
    if (/[.,٫]\d{2}\s*\D*$/.test(text.trim())) decimals = true;
  }
  if (mark === undefined) return undefined;
  const number = decimals ? '#,##0.00' : '#,##0';
  return before ? `[$${mark}]${number}` : `${number}[$ ${mark}]`;
}

/** A column's numbers read in one style, or undefined when a numeric-looking cell does not read in it. */
function numbersIn(cells: readonly RawCell[], style: NumberStyle | undefined): SampleCell[] | undefined {
  const values: SampleCell[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = sheetCell(cells[i], (text) => (HAS_DIGIT.test(text) ? parseNumberText(text, style) : NaN));
    if (Number.isNaN(value)) return undefined;
    values[i] = value;
  }
  return values;
}

/** A cell as the sheet keeps it: blank as null, a boolean as its text, a Date as its day; text as `fromText` reads it. */
function sheetCell<T>(cell: RawCell, fromText: (text: string) => T): SampleCell | T {
  if (isEmpty(cell)) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return dateObjectToDay(cell, 'UTC');
  return fromText(cell);
}

/** Where a column's cells leave a reading open, the page's language decides: Greek and Persian write the day first and a decimal comma in Greek. */
const LANGUAGE_READINGS: Readonly<Record<Language, { readonly style: NumberStyle; readonly order: DateOrder }>> = {
  en: { style: 'point', order: 'month-first' },
  fa: { style: 'point', order: 'day-first' },
  el: { style: 'comma', order: 'day-first' },
};

const OTHER = { point: 'comma', comma: 'point', 'day-first': 'month-first', 'month-first': 'day-first' } as const;

/**
 * A column's cells as the sheet keeps them, decided from all of them: dates (ISO, Jalali, year last in
 * the one order the cells show, or the language's when none shows it) become serial days with a date
 * format; numbers (in the one style the cells show, or the language's) become numbers, with the column's
 * currency as its format; ids with a leading zero and phone numbers, and any column with a cell that
 * reads as neither, stay text exactly as in the file.
 */
export function columnValues(cells: readonly RawCell[], language: Language = 'en'): ColumnResult {
  const texts: string[] = [];
  const textRows: number[] = [];
  let filled = 0;
  cells.forEach((cell, row) => {
    if (isEmpty(cell)) return;
    filled++;
    if (typeof cell === 'string') {
      texts.push(cell);
      textRows.push(row);
    }
  });
  const asText = (): ColumnResult => ({ values: cells.map((cell) => sheetCell(cell, (text) => text)) });
  if (filled === 0) return asText();

  const decision = decideDateOrder(texts.length, (i) => texts[i]);
  if (decision.kind !== 'conflict') {
    const decided = decision.kind === 'decided' ? decision.order : undefined;
    const order = decided ?? (decision.kind === 'ambiguous' ? LANGUAGE_READINGS[language].order : undefined);
    const dates = datesIn(cells, order);
    if (dates) {
      if (!order) return dates;
      const at = decision.kind === 'decided' ? decision.by : decision.kind === 'ambiguous' ? decision.first : 0;
      const other = decided ? undefined : datesIn(cells, OTHER[order]);
      const reading = { reading: order, example: texts[at], exampleRow: textRows[at], guessed: !decided };
      return { ...dates, reading: other ? { ...reading, other: { reading: OTHER[order], ...other } } : reading };
    }
  }

  if (texts.some((text) => ID_LIKE.test(text.trim()))) return asText();
  const point = numbersIn(cells, 'point');
  const comma = numbersIn(cells, 'comma');
  const format = amountFormat(texts.filter((text) => HAS_DIGIT.test(text)));
  const withFormat = (values: SampleCell[]): ColumnResult => (format ? { values, format } : { values });
  if (point && comma) {
    const differs = texts.findIndex((_, i) => parseNumberText(texts[i], 'point') !== parseNumberText(texts[i], 'comma'));
    if (differs < 0) return withFormat(point);
    const style = LANGUAGE_READINGS[language].style;
    const [taken, other] = style === 'point' ? [point, comma] : [comma, point];
    const reading = { reading: style, example: texts[differs], exampleRow: textRows[differs], guessed: true };
    return { ...withFormat(taken), reading: { ...reading, other: { reading: OTHER[style], values: other, ...(format ? { format } : {}) } } };
  }
  if (point || comma) {
    const style: NumberStyle = point ? 'point' : 'comma';
    // Only a cell with a separator shows the style; a column of plain 1200s has nothing to say.
    const shows = texts.findIndex((text) => Number.isNaN(parseNumberText(text, OTHER[style])));
    const values = (point ?? comma)!;
    return shows < 0 ? withFormat(values) : { ...withFormat(values), reading: { reading: style, example: texts[shows], exampleRow: textRows[shows], guessed: false } };
  }
  // Some cells are numbers and some are not (a notes column with figures in it): each as it reads alone.
  const each = numbersIn(cells, undefined);
  return each ? withFormat(each) : { values: cells.map((cell) => sheetCell(cell, (text) => {
    const number = HAS_DIGIT.test(text) ? parseNumberText(text) : NaN;
    return Number.isNaN(number) ? text : number;
  })) };
}

// ---------------------------------------------------------------- files

/** One table of a file as a sheet's values, with what was left out around it and how its columns were read. */
export interface ImportedTable {
  /** The sheet's name in an XLSX workbook; none for a CSV. */
  readonly sheetName?: string;
  readonly values: DataSheetValues;
  /** Title lines above the header, and footer lines below the data, left out. */
  readonly above: number;
  readonly below: number;
  readonly readings: readonly ColumnReading[];
}

export interface ImportedFile {
  /** For a CSV, how its bytes were read; an XLSX is always UTF-8 inside. */
  readonly encoding?: Encoding;
  readonly tables: readonly ImportedTable[];
  /** Sheets of an XLSX workbook with nothing in them, by name. */
  readonly emptySheets: readonly string[];
}

/** Rows of a file (title lines, the header, the data, footer lines) as a data sheet's values. */
export function tableValues(rows: readonly (readonly RawCell[])[], language: Language = 'en'): Omit<ImportedTable, 'sheetName'> {
  // Loops, not Math.max(...rows) or spreads: a spread of 400,000 rows overflows the stack.
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  if (rows.length === 0 || width === 0) throw new FileProblem('empty');
  if (width > MAX_COLUMNS) throw new FileProblem('tooWide');
  if (rows.length * width > MAX_CELLS) throw new FileProblem('tooBig');
  const { header, end } = tableExtent(rows);
  const headerRow = rows[header];
  const headers = Array.from({ length: width }, (_, c) => String(headerRow[c] ?? '').trim());
  const count = end - header - 1;
  const columns: ColumnResult[] = [];
  const column: RawCell[] = new Array(count);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < count; r++) column[r] = rows[header + 1 + r][c];
    columns.push(columnValues(column, language));
  }
  const body: SampleCell[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: SampleCell[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = columns[c].values[r];
    body[r] = row;
  }
  const readings: ColumnReading[] = [];
  columns.forEach((result, c) => { if (result.reading) readings.push({ column: c, header: headers[c], ...result.reading }); });
  return {
    values: { headers, rows: body, formats: columns.map((result) => result.format) },
    above: header,
    below: rows.length - end,
    readings,
  };
}

/** A CSV's text as rows: delimiter detected (Greek Excel writes `;`), blank lines skipped. */
export function csvRows(text: string): string[][] {
  if (text.includes('\u0000')) throw new FileProblem('binary');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = row[c].trim();
  return rows;
}

async function xlsxSheets(bytes: ArrayBuffer): Promise<{ sheet: string; data: RawCell[][] }[]> {
  // Checked before anything inflates it: a zip bomb is refused here, in well under a second.
  const verdict = checkXlsx(new Uint8Array(bytes));
  if (!verdict.ok) throw new FileProblem(verdict.reason);
  try {
    return (await readXlsxFile(bytes)) as { sheet: string; data: RawCell[][] }[];
  } catch {
    throw new FileProblem('unreadable');
  }
}

/** The file's tables, every sheet of a workbook, as sheets' values; a FileProblem says why when it cannot be opened. */
export async function readFileValues(name: string, bytes: ArrayBuffer, language: Language = 'en'): Promise<ImportedFile> {
  const kind = name.toLowerCase().match(/\.(csv|txt|xlsx)$/)?.[1];
  if (!kind) throw new FileProblem('kind');
  if (bytes.byteLength === 0) throw new FileProblem('empty');
  if (kind !== 'xlsx') {
    const { text, encoding } = decodeText(bytes);
    return { encoding, tables: [tableValues(csvRows(text), language)], emptySheets: [] };
  }
  const sheets = await xlsxSheets(bytes);
  const tables: ImportedTable[] = [];
  const emptySheets: string[] = [];
  let cells = 0;
  for (const { sheet, data } of sheets) {
    if (!data.some((row) => filledCount(row) > 0)) {
      emptySheets.push(sheet);
      continue;
    }
    const table = tableValues(data, language);
    cells += table.values.rows.length * table.values.headers.length;
    if (cells > MAX_CELLS) throw new FileProblem('tooBig');
    tables.push({ sheetName: sheet, ...table });
  }
  if (tables.length === 0) throw new FileProblem('empty');
  return { tables, emptySheets };
}

/** A file's table as a data sheet named after the file (and its sheet), unique among `takenNames`, in a workbook of its own, to be added by commands. */
export function fileSheet(takenNames: readonly string[], fileName: string, values: DataSheetValues, sheetName?: string): { data: WorkbookData; sheet: SheetData } {
  const data: WorkbookData = { sheets: [], styles: {}, formats: {}, namedRanges: {} };
  const clean = (text: string) => text.replace(/[[\]*?:/\\']/g, ' ').trim();
  const file = clean(fileName.replace(/\.[^.]+$/, ''));
  const base = (sheetName === undefined ? file : `${file} - ${clean(sheetName)}`).slice(0, 80) || 'Data';
  const sheet = addDataSheet(data, uniqueSheetName(base, takenNames), values);
  return { data, sheet };
}
