// Translating core results into what an Excel custom function gives: matrices, or a thrown CustomFunctions.Error.
import { isKpiError, type KpiError, type RunResult } from '../core';
import { render } from '../core/messages/render';
import { languageOf, type Language } from '../core/translations';

const EXCEL_CODES = {
  div0: ['divisionByZero', '#DIV/0!'],
  num: ['invalidNumber', '#NUM!'],
  value: ['invalidValue', '#VALUE!'],
  na: ['notAvailable', '#N/A'],
} as const;

/**
 * The language of Office's user interface (`Office.context.displayLanguage`, in the shared runtime),
 * asked only when an error is given; English where Office does not say.
 */
export function excelLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

/**
 * A core error as Excel's error; Excel shows a message only on #VALUE! and #N/A, so only those carry one,
 * in Office's display language.
 */
export function toExcelError(error: KpiError, language: () => Language = excelLanguage): CustomFunctions.Error {
  const [name, literal] = EXCEL_CODES[error.kind];
  const code = (CustomFunctions.ErrorCode?.[name] ?? literal) as CustomFunctions.ErrorCode;
  return error.kind === 'value' || error.kind === 'na'
    ? new CustomFunctions.Error(code, render(error.text, language()))
    : new CustomFunctions.Error(code);
}

export type ExcelCell = number | string | CustomFunctions.Error;

/**
 * Every function's result is declared as a matrix (Excel requires it of functions that read their
 * parameters' addresses), so a single value is returned as a 1×1 matrix. A single error is thrown, the
 * documented path for one value: some Excel builds turned an error inside a returned array into a bare
 * #VALUE! without its message (office-js #2174). Errors in single cells of a spilled table stay in the table.
 */
export function toExcelResult(result: RunResult): ExcelCell[][] {
  if (typeof result === 'number' || typeof result === 'string') return [[result]];
  if (isKpiError(result)) throw toExcelError(result);
  return result.map((row) => row.map((cell) => (isKpiError(cell) ? toExcelError(cell) : cell)));
}
