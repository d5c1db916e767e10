// Translating between o-spreadsheet's values and the core's: columns of cells in, rows of host cells; results or EvaluationError out.
import { cellAddress, isKpiError, type HostCell, type KpiError, type RunResult } from '../core';
import { render } from '../core/messages/render';
import type { Language } from '../core/translations';
import type { EngineArg, EngineCell, EngineResult, EvaluationErrorConstructor } from './engine';

/** The spreadsheet error codes; #VALUE! is not one of o-spreadsheet's own, so registration adds it to its error types. */
export const ENGINE_CODES = { div0: '#DIV/0!', num: '#NUM!', value: '#VALUE!', na: '#N/A' } as const;

function isRange(arg: EngineArg): arg is readonly (readonly EngineCell[])[] {
  return Array.isArray(arg);
}

/**
 * An argument as the core reads host arguments: a single value, or rows of cells. o-spreadsheet passes
 * a range column by column; blank cells are null, dates serial day numbers, as in Excel.
 */
export function toHostArg(arg: EngineArg): unknown {
  if (arg === undefined) return undefined;
  if (!isRange(arg)) return arg.value as HostCell;
  const cols = arg.length;
  const rows = cols === 0 ? 0 : arg[0].length;
  const out: HostCell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: HostCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = arg[c][r].value as HostCell;
    out[r] = row;
  }
  return out;
}

/** Where a range argument starts, as `B2`, so messages name the cell ("cell B9"); undefined for a value. */
export function argAddress(arg: EngineArg): string | undefined {
  if (!isRange(arg)) return undefined;
  const first = arg[0]?.[0]?.position;
  return first ? cellAddress(first.row, first.col) : undefined;
}

/** The error o-spreadsheet shows: its code in the cell and our message, in the page's language, on hover. */
export function toEngineError(error: KpiError, EvaluationError: EvaluationErrorConstructor, language: Language = 'en'): Error & { value: string } {
  return new EvaluationError(render(error.text, language), ENGINE_CODES[error.kind]);
}

/** A core result as o-spreadsheet takes it: a number, or a table spilled column by column; a single error is thrown. */
export function toEngineResult(result: RunResult, EvaluationError: EvaluationErrorConstructor, language: Language = 'en'): number | string | EngineResult[][] {
  if (typeof result === 'number' || typeof result === 'string') return result;
  if (isKpiError(result)) throw toEngineError(result, EvaluationError, language);
  const rows = result.length;
  const cols = rows === 0 ? 0 : result[0].length;
  const out: EngineResult[][] = [];
  for (let c = 0; c < cols; c++) {
    const column: EngineResult[] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const cell = result[r][c];
      column[r] = isKpiError(cell) ? { value: ENGINE_CODES[cell.kind], message: render(cell.text, language) } : { value: cell };
    }
    out.push(column);
  }
  return out;
}
