// The shape of a KPI definition: metadata that declares each argument's kind and limits, plus a pure compute function.
import type { DayNumber, HostCell } from './cells';
import type { ErrorKind, KpiError } from './errors';
import type { Message } from './messages';

/**
 * How an argument is read. Scalar kinds (`number`, `text`, `date`) take one cell; when every
 * argument of a function is scalar, the runner also accepts same-shaped ranges and spills.
 * Range kinds skip blank cells, except that ranges read in pairs keep their rows aligned.
 */
export type ParamKind =
  | 'number'
  | 'text'
  | 'date'
  | 'numbers'
  | 'dates'
  | 'labels'
  | 'label-set'
  | 'cells'
  | 'count-or-names';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly description: string;
  readonly optional?: boolean;
  /** For numbers: inclusive limits; a value outside them is `outOfRange` (default #NUM!). */
  readonly min?: number;
  readonly max?: number;
  /** For numbers: the value must be above `min`, not equal to it. */
  readonly exclusiveMin?: boolean;
  readonly integer?: boolean;
  /** A fraction from 0 to 1; the message for 50 says "write 50% or 0.5". */
  readonly rate?: boolean;
  readonly outOfRange?: ErrorKind;
  /** How the expected value is named in messages, e.g. "a whole number 0–10", when the limits do not say it. */
  readonly expected?: Message;
  /** For numbers: values the wizard offers as choices (a forecast's horizon); any other number works too. */
  readonly suggestions?: readonly number[];
  /** For text: the accepted values, each with the spellings that select it (English, Persian, Greek). */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
  /** For ranges read row by row with another range: that range's name. Both keep blanks in place. */
  readonly pairedWith?: string;
  /**
   * For an optional range: the wizard does not fill it from a matching column by itself, because giving
   * it changes what the result is (BY_SOURCE's statuses make it won revenue by source).
   */
  readonly notProposed?: boolean;
  /**
   * For a number that a deals table can give: how the wizard proposes it from the table as a formula
   * over the same columns, so the result follows the data: another KPI's result (its id), or the deals
   * still open (`open-deals`: the filled statuses that count as neither won nor lost).
   */
  readonly fromTable?: 'open-deals' | 'AVG_DEAL_SIZE' | 'WIN_RATE' | 'SALES_CYCLE';
}

/** A table result: rows of text and numbers, spilled with no header row. */
export type Table = (string | number)[][];

/** A table as a KPI computes it: a cell may be a label in the messages' language (BY_SOURCE's "(none)"), which the runner renders. */
export type KpiTable = (string | number | Message)[][];

/** A number, a table, or text for the few functions whose value is a label (JALALI). */
export type KpiValue = number | string | KpiTable | KpiError;

export type ResultFormat = 'rate' | 'money' | 'days' | 'hours' | 'number' | 'score' | 'ratio' | 'periods' | 'table' | 'text';

export type KpiGroup = 'funnel' | 'pipeline' | 'sources' | 'economics' | 'revenue' | 'loyalty' | 'periods' | 'subscription' | 'forecast';

export interface KpiExample {
  /** The call as a Sheets user types it, e.g. `NPS({10;9;8;7;6;0})`. */
  readonly formula: string;
  /** The arguments as a host passes them. */
  readonly args: readonly unknown[];
  /** The value, or the first rows of the table, the call returns. */
  readonly result: number | string | Table | { readonly error: ErrorKind };
  readonly note?: string;
}

/**
 * What `compute` receives for each kind. Range arrays are views of reusable buffers: valid while
 * `compute` runs, so a KPI reduces them and never keeps or returns them.
 */
export interface KindValues {
  number: number;
  text: string;
  date: DayNumber;
  numbers: Float64Array;
  dates: Float64Array;
  labels: readonly (string | null)[];
  /** One label or a range of labels, any of which matches (won_label); blanks left out. */
  'label-set': readonly string[];
  cells: readonly HostCell[];
  'count-or-names': number;
}

type ValueOf<P> = P extends { kind: infer K extends keyof KindValues }
  ? P extends { optional: true }
    ? KindValues[K] | undefined
    : KindValues[K]
  : never;

export type ArgsOf<P extends readonly ParamSpec[]> = { -readonly [I in keyof P]: ValueOf<P[I]> };

/** Why a row of ranges read in pairs adds nothing to a KPI's result. */
export type SkipReason =
  | 'blank-row'
  | 'open-deal'
  | 'no-start-date'
  | 'no-close-date'
  | 'no-response'
  | 'no-arrival-time'
  | 'no-amount'
  | 'no-status'
  | 'not-won'
  | 'no-source'
  | 'no-count';

/** A row a KPI leaves out: the parameter whose cell decides it, and why. */
export interface RowSkip {
  readonly param: string;
  readonly reason: SkipReason;
}

/** Per row of the paired ranges, whether the KPI leaves it out, from the values its compute receives. */
export type SkipRule<P extends readonly ParamSpec[]> = (...args: ArgsOf<P>) => (row: number) => RowSkip | undefined;

export interface KpiDefinition<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  readonly id: string;
  /** The name in Google Sheets when `id` is taken by a built-in Sheets function (Sheets has no namespace). */
  readonly sheetsName?: string;
  readonly group: KpiGroup;
  /** One sentence: what the number means. Shown in autocomplete and the wizard. */
  readonly summary: string;
  /** The formula in words, e.g. "sqls ÷ mqls". */
  readonly formula: string;
  readonly params: P;
  readonly result: ResultFormat;
  /** For tables: the meaning of each column, in order. */
  readonly columns?: readonly string[];
  /** For tables: how each column's numbers read (a share, an amount…); the last holds for any further columns. */
  readonly columnFormats?: readonly ResultFormat[];
  readonly errors: readonly { readonly kind: ErrorKind; readonly when: string }[];
  readonly examples: readonly KpiExample[];
  /**
   * Which rows of its paired ranges the KPI leaves out, and why; compute skips exactly these, and the
   * wizard's data check reports them. A KPI without a rule skips only rows that are wholly blank.
   */
  readonly skips?: SkipRule<P>;
  readonly compute: (...args: ArgsOf<P>) => KpiValue;
}

/** Declares a KPI; the argument types of `compute` follow from the declared parameter kinds. */
export function defineKpi<const P extends readonly ParamSpec[]>(definition: KpiDefinition<P>): KpiDefinition {
  return definition as unknown as KpiDefinition;
}

export function isScalarKind(kind: ParamKind): boolean {
  return kind === 'number' || kind === 'text' || kind === 'date';
}

/** Whether a parameter takes a column of the data: every range kind but a set of labels (won_label), which is typed. */
export function isColumnKind(kind: ParamKind): boolean {
  return !isScalarKind(kind) && kind !== 'label-set';
}
