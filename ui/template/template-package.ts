// The dashboard template as one piece of data, made at build time and read by a builder only when it inserts the template.
import { jsonHtml, readJsonHtml } from '../json-html';
import { LANGUAGES, type Language } from '../../core/translations';
import type { Host } from '../function-reference';
import { dataSheetValues, type DataSheetValues } from './data-sheets';
import { planDashboard, sampleTableSizes, type DashboardPlan } from './layout';
import { columnIndex, DATA_SHEETS, sampleData, type DataSheetKey } from './sample-data';
import { columnLetters } from '../../core';
import type { ColumnRefStyle } from './dashboard';
import type { TemplateNames } from './template-names';

/**
 * Everything an insertion writes but the names: the sample data sheets and the dashboard plan per
 * language. Where a name goes, the plan holds a placeholder (`nameSlot`) that `withNames` fills in with
 * the names free in the workbook at insert time.
 */
export interface TemplatePackage {
  readonly dataSheets: readonly ({ readonly key: DataSheetKey } & DataSheetValues)[];
  readonly plans: Readonly<Record<Language, DashboardPlan>>;
}

/** Private-use characters: never in a formula, a label or a sheet name of ours. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000([^\uE001]*)\uE001/g;

const nameSlot = (path: string): string => `${OPEN}${path}${CLOSE}`;

/** Names that are placeholders, for a plan made before the workbook is known. */
function slotNames(): TemplateNames {
  const each = (kind: string) => Object.fromEntries(DATA_SHEETS.map((s) => [s.key, nameSlot(`${kind}.${s.key}`)])) as Record<DataSheetKey, string>;
  return {
    copy: 0,
    dashboardSheet: nameSlot('dashboardSheet'),
    sheets: each('sheets'),
    tables: each('tables'),
    columnRange: (sheet, column) => nameSlot(`columnRange.${sheet}.${column}`),
    helper: (key) => nameSlot(`helper.${key}`),
  };
}

/**
 * How the Sheets dashboard reads a data column: open-ended on its sheet (`'Deals'!E2:E`), so rows pasted
 * past the sheet's last row count too (a named range would stop there). The data sheets keep their
 * named ranges for the user's own formulas.
 */
export function openEndedColumn(names: TemplateNames): ColumnRefStyle {
  // Always quoted: the sheet's real name is known only at insert time, when it fills in the placeholder.
  return (sheet, column) => {
    const letters = columnLetters(columnIndex(sheet, column));
    return `'${names.sheets[sheet].replace(/'/g, "''")}'!${letters}2:${letters}`;
  };
}

/** The package for `host`: the sample (seed 1) as the data sheets hold it, and the dashboard planned in every language. */
export function templatePackage(host: Host): TemplatePackage {
  const data = sampleData(1);
  const names = slotNames();
  const refStyle = host === 'sheets' ? openEndedColumn(names) : names.columnRange;
  const plans = Object.fromEntries(LANGUAGES.map((language) => [
    language,
    planDashboard({ host, language, names, refStyle, tableSizes: sampleTableSizes(data, language) }),
  ])) as Record<Language, DashboardPlan>;
  return { dataSheets: DATA_SHEETS.map((spec) => ({ key: spec.key, ...dataSheetValues(spec.key, data[spec.key]) })), plans };
}

function nameAt(path: string, names: TemplateNames): string {
  const [kind, sheet, column] = path.split('.');
  switch (kind) {
    case 'dashboardSheet': return names.dashboardSheet;
    case 'sheets': return names.sheets[sheet as DataSheetKey];
    case 'tables': return names.tables[sheet as DataSheetKey];
    case 'columnRange': return names.columnRange(sheet as DataSheetKey, column);
    case 'helper': return names.helper(sheet as Parameters<TemplateNames['helper']>[0]);
    default: throw new Error(`The template names no ${path}`);
  }
}

/** `value` with every name placeholder in its text replaced by the insertion's real name. */
export function withNames<T>(value: T, names: TemplateNames): T {
  if (typeof value === 'string') return value.replace(SLOT, (_, path: string) => nameAt(path, names)) as T;
  if (Array.isArray(value)) return value.map((item) => withNames(item, names)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNames(item, names)])) as T;
  }
  return value;
}

/** The package as the text of an HTML file that HtmlService can read. */
export function packageHtml(pkg: TemplatePackage): string {
  return jsonHtml(pkg);
}

/** The package back from that file's text. */
export function readPackageHtml(html: string): TemplatePackage {
  return readJsonHtml<TemplatePackage>(html, 'The template data file is damaged: reinstall the add-on.');
}
