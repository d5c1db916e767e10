// Exporting the browser workbook as .xlsx: o-spreadsheet writes the parts, our formulas get their Excel names (KPI.NPS), fflate zips.
import { strToU8, zipSync } from 'fflate';
import { REGISTRY, sheetsName } from '../core';

/** The parts of an .xlsx as o-spreadsheet's exportXLSX gives them. */
export interface XlsxParts {
  readonly name: string;
  readonly files: readonly ({ readonly path: string; readonly content: string } | { readonly path: string; readonly imageSrc: string })[];
}

/**
 * Each function's name in the browser workbook (its Sheets name) → its name in Excel with the add-in; and
 * the dynamic-array functions o-spreadsheet writes bare, which a file must name with Excel's future-function
 * prefix (Excel shows #NAME? for a bare FILTER in a file).
 */
const EXCEL_NAMES = new Map([
  ...REGISTRY.map((def) => [sheetsName(def).toUpperCase(), `KPI.${def.id}`] as const),
  ['FILTER', '_xlfn._xlws.FILTER'],
  ['SORT', '_xlfn._xlws.SORT'],
  // Excel has no ARRAYFORMULA and needs none (a dynamic-array formula evaluates arrays): its argument stays, in parentheses.
  ['ARRAYFORMULA', ''],
]);

/**
 * A formula with every call of ours renamed for Excel (`NPS(` → `KPI.NPS(`, `KPI_GROWTH(` → `KPI.GROWTH(`)
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

/** What the export reads of the model for the defined names: its named ranges, as o-spreadsheet writes them in its data. */
export interface NamedRangeGetters {
  getNamedRanges(): readonly { readonly name: string; readonly range: unknown }[];
  getRangeString(range: unknown): string;
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

/**
 * The .xlsx file's bytes: every part zipped, worksheets' formulas renamed, the named ranges written as
 * defined names, images decoded from their data URLs.
 */
export function zipXlsx(parts: XlsxParts, namedRanges: Readonly<Record<string, string>> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const file of parts.files) {
    if ('content' in file) {
      const content = /^xl\/worksheets\/.*\.xml$/.test(file.path) ? renameInSheetXml(file.content)
        : file.path === 'xl/workbook.xml' ? withDefinedNames(file.content, namedRanges)
          : file.content;
      files[file.path] = strToU8(content);
    } else {
      const base64 = file.imageSrc.slice(file.imageSrc.indexOf(',') + 1);
      files[file.path] = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    }
  }
  return zipSync(files);
}
