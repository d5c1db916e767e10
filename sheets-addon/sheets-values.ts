// Translating core results into what an Apps Script custom function returns: values and arrays, or a thrown Error.
import { isKpiError, type RunResult } from '../core';

export type SheetsCell = number | string;

/**
 * A Sheets custom function cannot put an error into one cell of a spilled array, so a spilled
 * result with errors fails as a whole with the first error's message and how many cells failed:
 * never a silent text or zero where a number belongs.
 */
export function toSheetsResult(result: RunResult): SheetsCell | SheetsCell[][] {
  if (typeof result === 'number') return result;
  if (isKpiError(result)) throw new Error(result.message);
  let first: string | undefined;
  let failed = 0;
  let cells = 0;
  for (const row of result) {
    for (const cell of row) {
      cells++;
      if (isKpiError(cell)) {
        failed++;
        first ??= cell.message;
      }
    }
  }
  if (first !== undefined) throw new Error(failed > 1 ? `${first} (${failed} of ${cells} cells have errors)` : first);
  return result as SheetsCell[][];
}
