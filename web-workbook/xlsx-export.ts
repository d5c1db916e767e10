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

/** The .xlsx file's bytes: every part zipped, worksheets' formulas renamed, images decoded from their data URLs. */
export function zipXlsx(parts: XlsxParts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const file of parts.files) {
    if ('content' in file) {
      const content = /^xl\/worksheets\/.*\.xml$/.test(file.path) ? renameInSheetXml(file.content) : file.content;
      files[file.path] = strToU8(content);
    } else {
      const base64 = file.imageSrc.slice(file.imageSrc.indexOf(',') + 1);
      files[file.path] = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    }
  }
  return zipSync(files);
}
