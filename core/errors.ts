// The one error model: a spreadsheet error kind plus a message (a catalogue entry and its parameters) naming the function, the argument and the cell.
import { renderEnglish, type Message } from './messages';

export type ErrorKind = 'div0' | 'num' | 'value' | 'na';

/** Where in an argument a problem sits: the argument's name and the cell's 0-based index in row-major order. */
export interface ErrorSite {
  param: string;
  index?: number;
}

/**
 * A spreadsheet error as a value. KPI functions return it (never throw it), naming a message of the
 * catalogue and its parameters; the runner adds the function, the argument and the cell. A host
 * shows the message (`messages/render` has it in Persian and Greek) and translates the kind once:
 * Excel into CustomFunctions.Error, Sheets into a thrown Error, the browser workbook into an EvaluationError.
 */
export class KpiError {
  constructor(
    readonly kind: ErrorKind,
    readonly text: Message,
    readonly site?: ErrorSite,
    /** Whether the runner has already put the function's name and the position in. */
    readonly located = false,
  ) {}

  /** The message in English. */
  get message(): string {
    return renderEnglish(this.text);
  }
}

export function fail(kind: ErrorKind, text: Message, site?: ErrorSite): KpiError {
  return new KpiError(kind, text, site);
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
