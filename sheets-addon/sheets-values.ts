// Translating core results into what an Apps Script custom function returns: values and arrays, or a thrown Error.
import { isKpiError, type RunResult } from '../core';
import { render } from '../core/messages/render';
import type { Language } from '../core/translations';

export type SheetsCell = number | string;

/**
 * Errors are thrown with their message in `language` (asked only when there is an error). A Sheets
 * custom function cannot put an error into one cell of a spilled array, so a spilled
 * result with errors fails as a whole with the first error's message and how many cells failed:
 * never a silent text or zero where a number belongs.
 */
export function toSheetsResult(result: RunResult, language: () => Language = () => 'en'): SheetsCell | SheetsCell[][] {
  if (typeof result === 'number' || typeof result === 'string') return result;
  if (isKpiError(result)) throw new Error(render(result.text, language()));
  let first: string | undefined;
  let failed = 0;
  let cells = 0;
  for (const row of result) {
    for (const cell of row) {
      cells++;
      if (isKpiError(cell)) {
        failed++;
        first ??= render(cell.text, language());
      }
    }
  }
  if (first !== undefined) throw new Error(failed > 1 ? `${first} (${failed} of ${cells} cells have errors)` : first);
  return result as SheetsCell[][];
}
