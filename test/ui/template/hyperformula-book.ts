// Evaluates a workbook a template builder wrote (cells, formulas, names) in HyperFormula with the KPI functions registered.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { quoteSheet } from '../../../ui/wizard/formula';
import { column } from '../wizard/fake-host';
import { registerKpiFunctions } from './hyperformula-kpi';

export interface BookSheet {
  readonly name: string;
  /** Values by row and column, 0-based; formulas by their cell. */
  readonly cells: readonly (readonly unknown[])[];
  readonly formulas: ReadonlyMap<string, string>;
}

/** A name and the range it refers to, `A2:A3201` on `sheet`. */
export interface BookName {
  readonly name: string;
  readonly sheet: string;
  readonly a1: string;
}

const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

function cellPosition(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`A formula sits on one cell, not ${a1}`);
  return { row: Number(m[2]) - 1, col: column(m[1]) };
}

/**
 * The workbook in HyperFormula. Data sheets' values go in first, then names, then formulas one by one in
 * the order given, as HyperFormula sizes a spill when its formula is entered.
 */
export function evaluateBook(sheets: readonly BookSheet[], names: readonly BookName[]): { hf: HyperFormula; value(sheet: string, row: number, col: number): unknown } {
  registerKpiFunctions();
  const contents: Record<string, RawCellContent[][]> = {};
  // Rows and cells never written are holes in the arrays: HyperFormula takes them as blanks.
  for (const sheet of sheets) {
    contents[sheet.name] = Array.from(sheet.cells, (row) => Array.from(row ?? [], (cell) => (cell === '' || cell === undefined ? null : cell) as RawCellContent));
  }
  const hf = HyperFormula.buildFromSheets(contents, { licenseKey: 'gpl-v3', smartRounding: false, dateFormats: ['DD.MM.YYYY'] },
    names.map((n) => ({ name: n.name, expression: `=${quoteSheet(n.sheet)}!${absolute(n.a1)}` })));
  for (const sheet of sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const [a1, formula] of sheet.formulas) hf.setCellContents({ sheet: id, ...cellPosition(a1) }, [[formula]]);
  }
  return { hf, value: (sheet, row, col) => hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col }) };
}
