// The dashboard over a user's own sheet: its columns matched to the template's fields, its statuses listed, the plan made.
import { addressOrigin, findKpi, type HostCell, type KpiDefinition } from '../../core';
import type { Language } from '../../core/translations';
import type { Host } from '../function-reference';
import { proposeColumns, type ColumnMatch, type ColumnSample } from '../wizard/columns';
import type { ColumnRef, ColumnRefStyle } from './dashboard';
import { DASHBOARD_FIELDS, type DashboardField } from './dashboard-fields';
import { statusRows, type StatusRow } from '../wizard/status-values';
import { dataTableSizes, planDashboard, type DashboardPlan, type TableSize } from './layout';
import type { DataSheetKey } from './sample-data';
import type { TemplateNames } from './template-names';

/** A field's key as the mapping keeps it: `deals.status`. */
export const fieldKey = (ref: ColumnRef): string => `${ref.sheet}.${ref.column}`;

/** Fields the matcher never proposes: a lead id column has no header words of its own; the user picks it. */
const NOT_PROPOSED = new Set(['leads.id']);

/** The registry parameter a field is matched like, so the matcher's header words and content rules apply. */
function fieldParam(field: DashboardField): KpiDefinition['params'][number] {
  const def = findKpi(field.like.kpi);
  const param = def?.params.find((p) => p.name === field.like.param);
  if (!param) throw new Error(`The field ${fieldKey(field)} is matched like ${field.like.kpi}(${field.like.param}), which the registry does not have`);
  return param;
}

/** For each field of one data set, the column that fits it (one column per field), by the wizard's matcher. */
function proposeSet(sheet: DataSheetKey, columns: readonly ColumnSample[]): Map<string, ColumnMatch> {
  const fields = DASHBOARD_FIELDS.filter((f) => f.sheet === sheet && !NOT_PROPOSED.has(fieldKey(f)));
  const base = findKpi(fields[0].like.kpi)!;
  const def: KpiDefinition = { ...base, params: fields.map(fieldParam) };
  const proposed = proposeColumns(def, columns);
  const out = new Map<string, ColumnMatch>();
  for (const field of fields) {
    const match = proposed[field.like.param];
    if (match) out.set(fieldKey(field), match);
  }
  return out;
}

/**
 * The columns proposed for the template's fields, by the same matcher as the wizard's. A sheet with a
 * deal status column is a deals export: only the deals fields are proposed (its amount is no order
 * amount, its creation date no lead's arrival). Any other sheet gets each data set's fields proposed.
 */
export function proposeFields(columns: readonly ColumnSample[]): Map<string, ColumnMatch> {
  const deals = proposeSet('deals', columns);
  if (deals.has('deals.status')) return deals;
  const out = new Map<string, ColumnMatch>();
  for (const sheet of ['deals', 'leads', 'orders', 'survey', 'spend'] as const) {
    for (const [key, match] of proposeSet(sheet, columns)) if (![...out.values()].some((m) => m.column === match.column)) out.set(key, match);
  }
  return out;
}

/** A column of the user's sheet: its header, its place (0-based sheet column) and every cell below the header. */
export interface OwnColumn {
  readonly header: string;
  readonly col: number;
  readonly cells: readonly HostCell[];
}

/** The user's sheet as the mapping screen read it: where its header row is, and its columns. */
export interface OwnSheet {
  readonly sheet: string;
  /** 0-based row of the header; data starts on the row below and runs down as far as the sheet does. */
  readonly headerRow: number;
  readonly columns: readonly OwnColumn[];
}

/** The used range of a sheet as the dashboard reads it: its first row the headers, columns without one left out. */
export function ownSheetOf(used: { readonly sheet: string; readonly address: string; readonly values: readonly (readonly HostCell[])[] }): OwnSheet {
  const origin = addressOrigin(used.address.split(':')[0]) ?? { row: 0, col: 0 };
  const headers = used.values[0] ?? [];
  const columns = headers.flatMap((header, i): OwnColumn[] => {
    const text = header === null || header === undefined ? '' : String(header).trim();
    return text === '' ? [] : [{ header: text, col: origin.col + i, cells: used.values.slice(1).map((row) => row[i] ?? null) }];
  });
  return { sheet: used.sheet, headerRow: origin.row, columns };
}

/** The columns proposed for the template's fields on `own`, as sheet columns (0-based), with why. */
export function proposeOwnFields(own: OwnSheet): Map<string, { col: number; why: ColumnMatch['why'] }> {
  const proposed = proposeFields(own.columns);
  return new Map([...proposed].map(([key, match]) => [key, { col: own.columns[match.column].col, why: match.why }]));
}

/** What the user confirmed: a sheet column (0-based) per field, and what each status counts as. */
export interface OwnMapping {
  readonly fields: Readonly<Record<string, number>>;
  readonly statuses: readonly StatusRow[];
}

/** The statuses of the mapped status column, each with its deals and proposed outcome, for the mapping screen. */
export function statusesOf(own: OwnSheet, statusColumn: number | undefined): (StatusRow & { readonly count: number })[] {
  const column = own.columns.find((c) => c.col === statusColumn);
  return column ? statusRows(column.cells) : [];
}

/** A mapped field's place on the user's sheet: 0-based column and the first data row. */
export interface FieldPlace {
  readonly ref: ColumnRef;
  readonly col: number;
  readonly firstRow: number;
}

export function fieldPlaces(own: OwnSheet, mapping: OwnMapping): FieldPlace[] {
  return DASHBOARD_FIELDS.flatMap((field) => {
    const index = mapping.fields[fieldKey(field)];
    return index === undefined ? [] : [{ ref: { sheet: field.sheet, column: field.column }, col: index, firstRow: own.headerRow + 1 }];
  });
}

/** Whether the user mapped a column to the field. */
const mappedIn = (mapping: OwnMapping) => (ref: ColumnRef): boolean => mapping.fields[fieldKey(ref)] !== undefined;

/** How many rows and columns each table spills over the sheet's data now (its charts cover that many). */
export function ownTableSizes(own: OwnSheet, mapping: OwnMapping, language: Language): Record<string, TableSize> {
  const available = mappedIn(mapping);
  const read = (ref: ColumnRef) => (own.columns.find((c) => c.col === mapping.fields[fieldKey(ref)])?.cells ?? []).map((cell) => [cell]);
  return dataTableSizes(read, mapping.statuses, language, available);
}

export interface OwnPlanOptions {
  readonly host: Host;
  readonly language: Language;
  readonly names: TemplateNames;
  /** How formulas refer to a mapped field: a name the host defines over the sheet's column, or the column itself. */
  readonly refStyle: ColumnRefStyle;
  readonly own: OwnSheet;
  readonly mapping: OwnMapping;
}

/** The dashboard over the user's sheet: every item whose fields are mapped, a sentence where they are not. */
export function planOwnDashboard(options: OwnPlanOptions): DashboardPlan {
  const { host, language, names, own, mapping } = options;
  const available = mappedIn(mapping);
  return planDashboard({
    host,
    language,
    names,
    // Formulas over a field the sheet lacks are made but never written: the plan puts a sentence there.
    refStyle: (sheet, column) => (available({ sheet, column }) ? options.refStyle(sheet, column) : '#N/A'),
    tableSizes: ownTableSizes(own, mapping, language),
    statuses: mapping.statuses,
    available,
    ownSheet: own.sheet,
  });
}
