// The small interface the KPI wizard runs behind; each host (Excel, Sheets) has an adapter that implements it.
import type { HostCell } from '../../core';
import type { Language } from '../../core/translations';
import type { Host } from '../function-reference';
import type { OwnMapping, OwnSheet } from '../template/own-data';

/** A range on a named sheet, in A1 notation without the sheet: `B2:B500`, `C7`. */
export interface RangeRef {
  readonly sheet: string;
  readonly address: string;
}

/** A range with the values the host reads from it. */
export interface RangeValues extends RangeRef {
  readonly values: readonly (readonly HostCell[])[];
}

/** What inserting the dashboard template made: the dashboard sheet and the data sheets, by the names they got. */
export interface InsertedTemplate {
  readonly dashboard: string;
  readonly sheets: readonly string[];
}

/** The block a table formula spills into, from its cell: rows, and a number format per column. */
export interface SpillFormats {
  readonly rows: number;
  readonly formats: readonly (string | undefined)[];
}

export interface WizardHost {
  readonly kind: Host;
  /** The current selection and its values. */
  getSelection(): Promise<RangeValues>;
  /** The used range of a sheet (the active one when not named), header row included. */
  getUsedRange(sheet?: string): Promise<RangeValues>;
  readRange(ref: RangeRef): Promise<RangeValues>;
  /** A cell's formula as written with the host's locale-independent property ("" when it has none) and its value. */
  getCell(ref: RangeRef): Promise<{ readonly formula: string; readonly value: HostCell }>;
  /**
   * Writes a formula (locale-independent syntax) and a number format into one cell. For a formula that
   * spills a table, `spill` gives the table's size and each column's format, for the cells it spills into.
   */
  writeFormula(ref: RangeRef, formula: string, numberFormat: string | undefined, spill?: SpillFormats): Promise<void>;
  /** Creates a sheet, with a unique name if the one asked for is taken, and returns the name it got. */
  createSheet(name: string): Promise<string>;
  /** The range a workbook-level name refers to (`Deals_Status`), where the host can say; undefined for no such name. */
  namedRange?(name: string): Promise<RangeRef | undefined>;
  /**
   * The language chosen for this document's error messages ("" when they follow the document's locale),
   * where the host keeps one with the document (Sheets, which has no Iranian locale).
   */
  getMessageLanguage?(): Promise<string>;
  setMessageLanguage?(language: string): Promise<void>;
  /** Inserts the dashboard template (new sheets only) with its labels in `language`, and opens its dashboard. */
  insertTemplate(language: Language): Promise<InsertedTemplate>;
  /**
   * Builds the dashboard over the user's own sheet as the mapping screen confirmed it, on a new sheet,
   * reading the sheet's rows in place (all of them, and rows added below); opens it.
   */
  buildDashboard(own: OwnSheet, mapping: OwnMapping, language: Language): Promise<InsertedTemplate>;
}
