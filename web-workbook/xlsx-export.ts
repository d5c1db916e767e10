// Exporting the browser workbook as .xlsx: o-spreadsheet writes the parts, our formulas get the names Excel writes for the add-in's, fflate zips.
import { strToU8, zipSync } from 'fflate';
import { excelFileName, REGISTRY, sheetsName } from '../core';
import { funnelKeysOf, withFunnelMark, type FunnelGetters } from './xlsx-funnel';
import { schemaValidPart } from './xlsx-schema-fixes';

/** The parts of an .xlsx as o-spreadsheet's exportXLSX gives them. */
export interface XlsxParts {
  readonly name: string;
  readonly files: readonly ({ readonly path: string; readonly content: string } | { readonly path: string; readonly imageSrc: string })[];
}

/**
 * Each function's name in the browser workbook (its Sheets name) → its name in an Excel file
 * (`_xldudf_KPI_NPS`, which Excel with the add-in shows and computes as KPI.NPS); and
 * the dynamic-array functions o-spreadsheet writes bare, which a file must name with Excel's future-function
 * prefix (Excel shows #NAME? for a bare FILTER in a file).
 */
const EXCEL_NAMES = new Map([
  ...REGISTRY.map((def) => [sheetsName(def).toUpperCase(), excelFileName(def)] as const),
  ['FILTER', '_xlfn._xlws.FILTER'],
  ['SORT', '_xlfn._xlws.SORT'],
  // Excel has no ARRAYFORMULA and needs none (a dynamic-array formula evaluates arrays): its argument stays, in parentheses.
  ['ARRAYFORMULA', ''],
]);

/**
 * A formula with every call of ours renamed for Excel (`NPS(` → `_xldudf_KPI_NPS(`, `KPI_GROWTH(` → `_xldudf_KPI_GROWTH(`),
 * FILTER and SORT prefixed, ARRAYFORMULA(x) as (x); text in quotes, sheet names and every other function are left as they are.
 */
export function excelFormula(formula: string): string {
  return formula.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g, (match, quoted: string | undefined, name: string | undefined) => {
    if (quoted !== undefined || name === undefined) return match;
    return EXCEL_NAMES.get(name.toUpperCase()) ?? match;
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity]!);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A worksheet part with the formulas in its `<f>` elements renamed for Excel. */
export function renameInSheetXml(xml: string): string {
  return xml.replace(/(<f(?:\s[^>]*)?>)([^<]*)(<\/f>)/g, (_, open: string, formula: string, close: string) => `${open}${escapeXml(excelFormula(unescapeXml(formula)))}${close}`);
}

const KPI_CALL = /\b_xldudf_KPI_[A-Z_]+\s*\(/;

/**
 * A worksheet part (formulas already renamed for Excel) with every cell whose formula calls a Sales KPI
 * function left as its value alone, for a reader without the add-in: a spilled table's first cell keeps
 * the value it caches (its other cells have theirs from `withSpilledValues`), a single KPI its result.
 * Every other formula stays, and computes in any spreadsheet over those values.
 */
export function withKpiValues(xml: string): string {
  return xml.replace(/<c ([^>]*)>\s*<f(?:\s[^>]*)?>([^<]*)<\/f>\s*(<v>[^<]*<\/v>)?\s*<\/c>/g, (whole, attrs: string, formula: string, value: string | undefined) => {
    if (!KPI_CALL.test(unescapeXml(formula))) return whole;
    // The dynamic-array metadata (cm) belongs to the formula.
    const kept = attrs.replace(/\s*\bcm="[^"]*"/, '');
    return value === undefined ? `<c ${kept.replace(/\s*\bt="[^"]*"/, '')}/>` : `<c ${kept}>${value}</c>`;
  });
}

/** Excel's error values: the others o-spreadsheet has (#ERROR, #BAD_EXPR) go as text. */
const ERROR_CODES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

/** A cell's evaluated value as the grid shows it, by 0-based row and column; undefined or "" for none. */
export type CellValueAt = (row: number, col: number) => unknown;

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * A worksheet part whose empty cells get the value the grid shows there. o-spreadsheet writes a spilled
 * table's formula and value in its first cell only, and the rest of the table as empty cells, so a reader
 * saw one value per table before recalculating (and none at all without the add-in). Each such cell now
 * holds its cached value, as Excel writes a dynamic array's: numbers, text (`t="str"`), booleans, errors.
 */
export function withSpilledValues(xml: string, valueAt: CellValueAt): string {
  return xml.replace(/<c r="([A-Z]{1,3})(\d+)"((?:\s+(?!t=)[a-z]+="[^"]*")*)(?:\s+t="[^"]*")?((?:\s+[a-z]+="[^"]*")*)\s*(?:\/>|>\s*<\/c>)/g,
    (whole, letters: string, row: string, before: string, after: string) => {
      const value = valueAt(Number(row) - 1, columnNumber(letters));
      const attrs = `${before}${after}`;
      const at = `r="${letters}${row}"${attrs}`;
      if (typeof value === 'number' && Number.isFinite(value)) return `<c ${at}><v>${value}</v></c>`;
      if (typeof value === 'boolean') return `<c ${at} t="b"><v>${value ? 1 : 0}</v></c>`;
      if (typeof value === 'string' && value !== '') {
        return ERROR_CODES.has(value) ? `<c ${at} t="e"><v>${value}</v></c>` : `<c ${at} t="str"><v>${escapeXml(value)}</v></c>`;
      }
      return whole;
    });
}

/**
 * The shared strings part with each text as the grid shows it: o-spreadsheet keeps a text that would
 * read as something else behind an apostrophe (`'08123`, `'TRUE`, `'=x`) and wrote the apostrophe into
 * the file, so a reader saw `'08123`. The apostrophe is the grid's text marker, never part of the text.
 */
export function withoutTextMarks(sharedStrings: string): string {
  return sharedStrings.replace(/(<t(?:\s[^>]*)?>)(?:'|&apos;)/g, '$1');
}

/** What the export reads of the model: its named ranges, as o-spreadsheet writes them in its data, and the values the grid shows. */
export interface NamedRangeGetters {
  getNamedRanges(): readonly { readonly name: string; readonly range: unknown }[];
  getRangeString(range: unknown): string;
  getSheetIds(): string[];
  getEvaluatedCell(position: { sheetId: string; col: number; row: number }): { value: unknown };
}

/** The values of the workbook's `index`-th sheet (o-spreadsheet names its parts sheet0.xml, sheet1.xml… in sheet order). */
export function sheetValuesOf(getters: NamedRangeGetters): (index: number) => CellValueAt {
  return (index) => {
    const sheetId = getters.getSheetIds()[index];
    return sheetId === undefined ? () => undefined : (row, col) => getters.getEvaluatedCell({ sheetId, col, row }).value;
  };
}

/** The workbook's named ranges by name (`'Deals'!E2:E`), without exporting the whole workbook's data. */
export function namedRangesOf(getters: NamedRangeGetters): Record<string, string> {
  return Object.fromEntries(getters.getNamedRanges().map((named) => [named.name, getters.getRangeString(named.range)]));
}

/** Excel's last row: an open-ended range (`E2:E`) ends there in a defined name. */
const EXCEL_LAST_ROW = 1_048_576;

/**
 * A named range as o-spreadsheet keeps it (`'Deals'!E2:E`, `Dashboard!B40:B43`) as Excel's defined name:
 * absolute, an open end taken to Excel's last row. Undefined for what is not a sheet's block of cells.
 */
export function definedNameRef(range: string): string | undefined {
  const match = /^('(?:[^']|'')+'|[^'!]+)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d*))?$/.exec(range.trim());
  if (!match) return undefined;
  const [, sheet, fromCol, fromRow, toCol, toRow] = match;
  const from = `$${fromCol}$${fromRow}`;
  if (toCol === undefined) return `${sheet}!${from}`;
  return `${sheet}!${from}:$${toCol}$${toRow === '' ? EXCEL_LAST_ROW : toRow}`;
}

/**
 * The workbook part with the workbook's named ranges as defined names, where o-spreadsheet writes none
 * (19.3.7 does not; a later one does, and then its own are kept): without them every formula over a
 * name is #NAME? in Excel and LibreOffice. They go after `<sheets>`, where the schema puts them.
 */
export function withDefinedNames(workbookXml: string, namedRanges: Readonly<Record<string, string>>): string {
  if (/<definedNames[\s>]/.test(workbookXml)) return workbookXml;
  const names = Object.entries(namedRanges).flatMap(([name, range]) => {
    const ref = definedNameRef(range);
    return ref === undefined ? [] : [`<definedName name="${escapeXml(name).replace(/"/g, '&quot;')}">${escapeXml(ref)}</definedName>`];
  });
  if (names.length === 0 || !workbookXml.includes('</sheets>')) return workbookXml;
  return workbookXml.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`);
}

/** What the export reads of the model besides the parts: names, shown values, funnels; and whether it writes the values copy. */
export interface XlsxReadings {
  readonly namedRanges?: Readonly<Record<string, string>>;
  readonly sheetValues?: (sheet: number) => CellValueAt;
  readonly funnels?: ReadonlySet<string>;
  /** The copy for readers without the add-in: each Sales KPI formula replaced by its result. */
  readonly valuesOnly?: boolean;
}

/** Everything the export reads of an open model. */
export function readingsOf(getters: NamedRangeGetters & FunnelGetters, valuesOnly = false): XlsxReadings {
  return { namedRanges: namedRangesOf(getters), sheetValues: sheetValuesOf(getters), funnels: funnelKeysOf(getters), valuesOnly };
}

/**
 * The .xlsx file's bytes: every part zipped, worksheets' formulas renamed, the named ranges written as
 * defined names, funnels marked, every part as the ECMA-376 schemas have it, images decoded from their data URLs.
 */
export function zipXlsx(parts: XlsxParts, readings: XlsxReadings = {}): Uint8Array {
  const { namedRanges = {}, sheetValues, funnels = new Set<string>(), valuesOnly = false } = readings;
  const files: Record<string, Uint8Array> = {};
  for (const file of parts.files) {
    if ('content' in file) {
      const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(file.path);
      const renamed = sheet ? withSpilledValues(renameInSheetXml(file.content), sheetValues?.(Number(sheet[1])) ?? (() => undefined)) : '';
      const content = sheet ? (valuesOnly ? withKpiValues(renamed) : renamed)
        : file.path === 'xl/workbook.xml' ? withDefinedNames(file.content, namedRanges)
          : file.path === 'xl/sharedStrings.xml' ? withoutTextMarks(file.content)
            : /^xl\/charts\/chart\d+\.xml$/.test(file.path) ? withFunnelMark(file.content, funnels)
              : file.content;
      files[file.path] = strToU8(schemaValidPart(file.path, content));
    } else {
      const base64 = file.imageSrc.slice(file.imageSrc.indexOf(',') + 1);
      files[file.path] = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    }
  }
  return zipSync(files);
}
