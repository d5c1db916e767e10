// Opening an .xlsx as a whole workbook through o-spreadsheet's import: our functions under their names here, defined names as named ranges, funnels back.
import { strFromU8, unzipSync } from 'fflate';
import { EXCEL_NAMESPACE, REGISTRY, sheetsName } from '../core';
import type { WorkbookData } from './workbook-data';
import { markedFunnels, withFunnelsBack } from './xlsx-funnel';

/** An .xlsx as o-spreadsheet's import reads it: XML parts as text, images as data URLs. */
export type XlsxFiles = Record<string, string | { readonly imageSrc: string }>;

const IMAGE_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', webp: 'image/webp' };

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The parts of an .xlsx's bytes; throws on what is not a zip. */
export function xlsxFiles(bytes: Uint8Array): XlsxFiles {
  const files: XlsxFiles = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) files[path] = strFromU8(data);
    else if (path.includes('media/')) {
      const type = IMAGE_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
      if (type) files[path] = { imageSrc: `data:${type};base64,${base64(data)}` };
    }
  }
  return files;
}

/**
 * Each name a file may give one of our functions → its name here: as Excel writes the add-in's
 * (`_xldudf_KPI_NPS`, after an external-book prefix `[2]!` when Excel lost track of the add-in), as typed
 * (`KPI.NPS`), and as Excel's future functions (`_xlfn._xlws.FILTER` → FILTER).
 */
const OUR_NAMES = new Map<string, string>(REGISTRY.flatMap((def) => [
  [`_XLDUDF_${EXCEL_NAMESPACE}_${def.id}`, sheetsName(def)],
  [`${EXCEL_NAMESPACE}.${def.id}`, sheetsName(def)],
] as const));

/** A formula from a file with every call of ours under its name here, and Excel's prefixes off every function. */
export function browserFormula(formula: string): string {
  return formula.replace(/("(?:[^"]|"")*"|'(?:[^']|'')*')|(?:\[\d+\]!)?([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()/g, (match, quoted: string | undefined, name: string | undefined) => {
    if (quoted !== undefined || name === undefined) return match;
    const ours = OUR_NAMES.get(name.toUpperCase());
    if (ours) return ours;
    const bare = name.replace(/^(?:_xlfn\.)?(?:_xlws\.)?/i, '');
    return bare === name && !match.startsWith('[') ? match : bare;
  });
}

const unescapeXml = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A worksheet part with the formulas in its `<f>` elements under the names they have here. */
export function renameBackInSheetXml(xml: string): string {
  return xml.replace(/(<f(?:\s[^>]*)?>)([^<]*)(<\/f>)/g, (_, open: string, formula: string, close: string) => `${open}${escapeXml(browserFormula(unescapeXml(formula)))}${close}`);
}

const EXCEL_LAST_ROW = 1_048_576;

/** A cell reference without its `$` signs. */
const relative = (ref: string) => ref.replace(/\$/g, '');

/**
 * A defined name's formula as a named range of the grid: a block of cells (one that runs to Excel's last
 * row open-ended, `'Deals'!E2:E`); the add-in's own ranges "from row 2 to the last filled row"
 * (`Deals!$E$2:INDEX(Deals!$E:$E,MATCH(2,1/(…<>"")))`) open-ended too; one column of a spilled table
 * (`INDEX(Dashboard!$A$40#,0,2)`) as that column of the table the file holds (`spills`: anchor → its block).
 * Undefined for a name the grid cannot keep as a range (a constant, a formula, several areas).
 */
export function namedRangeOf(formula: string, spills: ReadonlyMap<string, string> = new Map()): string | undefined {
  const text = formula.trim().replace(/^=/, '');
  const sheet = String.raw`('(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)`;
  const cell = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
  const block = new RegExp(`^${sheet}!${cell}(?::\\$?([A-Z]{1,3})\\$?(\\d+))?$`).exec(text);
  if (block) {
    const [, name, fromCol, fromRow, toCol, toRow] = block;
    if (toCol === undefined) return `${name}!${fromCol}${fromRow}`;
    return Number(toRow) >= EXCEL_LAST_ROW ? `${name}!${fromCol}${fromRow}:${toCol}` : `${name}!${fromCol}${fromRow}:${toCol}${toRow}`;
  }
  const toLastFilled = new RegExp(`^${sheet}!${cell}:INDEX\\(\\1!\\$?([A-Z]{1,3}):\\$?\\4,MATCH\\(2,1/\\(\\1!\\$?[A-Z]{1,3}:\\$?[A-Z]{1,3}<>""\\)\\)\\)$`).exec(text);
  if (toLastFilled && toLastFilled[2] === toLastFilled[4]) return `${toLastFilled[1]}!${toLastFilled[2]}${toLastFilled[3]}:${toLastFilled[2]}`;
  const spillColumn = new RegExp(`^INDEX\\(${sheet}!${cell}#,0,(\\d+)\\)$`).exec(text);
  if (spillColumn) {
    const [, name, col, row, n] = spillColumn;
    const spilled = spills.get(`${unquotedSheet(name)}!${col}${row}`);
    const area = spilled && /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(spilled);
    if (!area) return undefined;
    const letters = columnName(columnIndex(area[1]) + Number(n) - 1);
    return `${name}!${letters}${area[2]}:${letters}${area[4]}`;
  }
  return undefined;
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The sheets of a workbook part by their relationship id, and their parts by their relationships. */
function sheetParts(files: XlsxFiles): { name: string; path: string }[] {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (typeof workbook !== 'string' || typeof rels !== 'string') return [];
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [/\bId="([^"]*)"/.exec(tag)?.[1], /\bTarget="([^"]*)"/.exec(tag)?.[1]]));
  return [...workbook.matchAll(/<sheet\b[^>]*\/?>/g)].flatMap(([tag]) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const target = targets.get(/\br:id="([^"]*)"/.exec(tag)?.[1]);
    if (name === undefined || target === undefined) return [];
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return [{ name: unescapeXml(name), path }];
  });
}

/** A sheet's name as a reference writes it, without its quotes. */
const unquotedSheet = (name: string) => (name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name);

/** Each spilled table's anchor (its sheet's name unquoted: `Dashboard!A40`) → the block Excel wrote it over (`A40:D43`), from the dynamic-array formulas of the file. */
function spilledBlocks(files: XlsxFiles): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const { name, path } of sheetParts(files)) {
    const xml = files[path];
    if (typeof xml !== 'string') continue;
    for (const [, at, ref] of xml.matchAll(/<c r="([A-Z]{1,3}\d+)"[^>]*>\s*<f\b[^>]*\bt="array"[^>]*\bref="([A-Z]{1,3}\d+:[A-Z]{1,3}\d+)"/g)) {
      blocks.set(`${name}!${at}`, ref);
    }
  }
  return blocks;
}

/** What became of the file's defined names: the ones kept as named ranges, and those the grid cannot keep. */
export interface OpenedNames {
  readonly namedRanges: Record<string, string>;
  readonly dropped: readonly string[];
}

/** The workbook's defined names as named ranges; the ones Excel keeps for itself (`_xlnm.Print_Area`) and hidden ones left out. */
export function definedNamesOf(files: XlsxFiles): OpenedNames {
  const workbook = files['xl/workbook.xml'];
  const namedRanges: Record<string, string> = {};
  const dropped: string[] = [];
  if (typeof workbook !== 'string') return { namedRanges, dropped };
  const spills = spilledBlocks(files);
  for (const [, attrs, formula] of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (name === '' || name.startsWith('_xlnm.') || /\bhidden="(1|true)"/.test(attrs)) continue;
    const range = /\blocalSheetId=/.test(attrs) ? undefined : namedRangeOf(unescapeXml(formula), spills);
    if (range === undefined) dropped.push(name);
    else namedRanges[name] = range;
  }
  return { namedRanges, dropped };
}

/** A workbook opened from a file, and the names it could not keep. */
export interface OpenedWorkbook {
  readonly data: WorkbookData;
  readonly droppedNames: readonly string[];
}

/**
 * An .xlsx opened whole with o-spreadsheet's import (`load`): every sheet, formula, style, format,
 * conditional format, table and chart it reads, our functions under their names here, the defined
 * names as named ranges, the funnels as funnels again.
 */
export function openXlsxWorkbook(files: XlsxFiles, load: (files: XlsxFiles) => WorkbookData): OpenedWorkbook {
  const renamed: XlsxFiles = {};
  for (const [path, content] of Object.entries(files)) {
    renamed[path] = typeof content === 'string' && /^xl\/worksheets\/[^/]+\.xml$/.test(path) ? renameBackInSheetXml(content) : content;
  }
  const names = definedNamesOf(files);
  const data = load(renamed);
  withFunnelsBack(data.sheets as Parameters<typeof withFunnelsBack>[0], markedFunnels(Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => typeof e[1] === 'string'))));
  data.namedRanges = { ...(data.namedRanges ?? {}), ...names.namedRanges };
  return { data, droppedNames: names.dropped };
}

/**
 * Whether an .xlsx is a workbook to open whole (charts, defined names of its own, or formulas over
 * several sheets), a data export to add as sheets (values alone, on one sheet or several: what CRMs and
 * their formatted reports write), or could be either (formulas on one sheet), when the user is asked.
 */
export function xlsxKind(files: XlsxFiles): 'workbook' | 'data' | 'either' {
  const sheets = sheetParts(files);
  const formulas = sheets.some(({ path }) => typeof files[path] === 'string' && /<f[\s>]/.test(files[path] as string));
  const charts = Object.keys(files).some((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
  const workbook = files['xl/workbook.xml'];
  const names = typeof workbook === 'string' && [...workbook.matchAll(/<definedName\b[^>]*\bname="([^"]*)"/g)].some(([, name]) => !name.startsWith('_xlnm.'));
  if (charts || names || (formulas && sheets.length > 1)) return 'workbook';
  if (!formulas) return 'data';
  return 'either';
}
