// The one error model: a spreadsheet error kind plus a message naming the function, the argument and the cell.

export type ErrorKind = 'div0' | 'num' | 'value' | 'na';

/** Where in an argument a problem sits: the argument's name and the cell's 0-based index in row-major order. */
export interface ErrorSite {
  param: string;
  index?: number;
}

/**
 * A spreadsheet error as a value. KPI functions return it (never throw it); the runner
 * completes the message with the function name and the cell position, and each host
 * translates it once: Excel into CustomFunctions.Error, Sheets into a thrown Error.
 */
export class KpiError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
    readonly site?: ErrorSite,
  ) {}
}

export function fail(kind: ErrorKind, message: string, site?: ErrorSite): KpiError {
  return new KpiError(kind, message, site);
}

export function isKpiError(value: unknown): value is KpiError {
  return value instanceof KpiError;
}

/** The spreadsheet code each kind shows as, for documentation and the task pane. */
export const ERROR_CODES: Record<ErrorKind, string> = {
  div0: '#DIV/0!',
  num: '#NUM!',
  value: '#VALUE!',
  na: '#N/A',
};
