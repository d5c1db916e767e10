// Inserting a KPI formula into a cell: never over a non-empty cell unless the user says yes.
import { isBlank } from '../../core';
import type { RangeRef, SpillFormats, WizardHost } from './host';

export type InsertOutcome = 'inserted' | 'kept';

/**
 * Writes `formula` with `numberFormat` into `target`. When the cell already holds a value or a
 * formula, `confirmOverwrite` is asked first (with what is there), and a no keeps the cell as it is.
 */
export async function insertFormula(
  host: WizardHost,
  target: RangeRef,
  formula: string,
  numberFormat: string | undefined,
  confirmOverwrite: (existing: string) => Promise<boolean>,
  spill?: SpillFormats,
): Promise<InsertOutcome> {
  const cell = await host.getCell(target);
  const existing = cell.formula !== '' ? cell.formula : isBlank(cell.value) ? '' : String(cell.value);
  if (existing !== '' && !(await confirmOverwrite(existing))) return 'kept';
  await host.writeFormula(target, formula, numberFormat, spill);
  return 'inserted';
}
