// Explains a KPI cell: its definition, what each argument holds, and, for an error, the reason in words.
import { isBlank, isKpiError, runKpi, type KpiDefinition, type KpiError, type ParamSpec, type RunResult } from '../../core';
import { checkData, type Finding } from './data-check';
import { kpiCall, parseRangeText } from './formula';
import type { RangeRef, WizardHost } from './host';

export interface ArgumentInspection {
  readonly param: ParamSpec;
  /** The argument as written in the formula. */
  readonly text: string;
  /** The range it reads, when it is one. */
  readonly ref?: RangeRef;
  /** Cells in the range (1 for a single value) and how many of them are blank (skipped). */
  readonly cells: number;
  readonly blanks: number;
}

export interface Inspection {
  readonly def: KpiDefinition;
  readonly formula: string;
  readonly args: readonly ArgumentInspection[];
  /** The result the core computes from the cells as they are now; undefined when an argument cannot be read. */
  readonly result?: RunResult;
  /** For an error (the result's, or the first failing cell's of a spilled result): its reason, naming the argument and the cell. */
  readonly error?: KpiError;
  /** Arguments written as expressions the wizard cannot read (nested formulas, names). */
  readonly unreadable: readonly string[];
  /** What the data check finds in the cells the formula reads: rejected, blank or skipped cells and why. */
  readonly findings: readonly Finding[];
}

/** A literal argument as the host would pass it: a number, text in quotes, TRUE/FALSE, or empty. */
function literal(text: string): { value: unknown } | undefined {
  if (text === '') return { value: undefined };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? { value: number } : undefined;
}

function firstError(result: RunResult | undefined): KpiError | undefined {
  if (isKpiError(result)) return result;
  if (!Array.isArray(result)) return undefined;
  for (const row of result) for (const value of row) if (isKpiError(value)) return value;
  return undefined;
}

/**
 * Reads the KPI formula in `cell` and recomputes it from the cells it refers to. Undefined when the
 * cell holds no KPI formula. Excel shows no message on #DIV/0! or #NUM!: this is where users learn why.
 */
/** A workbook-level name as a formula writes it: a letter or underscore, then letters, digits, `_` or `.`. */
const NAME = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/;

export async function inspectCell(host: WizardHost, cell: RangeRef): Promise<Inspection | undefined> {
  const { formula, value: shown } = await host.getCell(cell);
  const call = kpiCall(formula, host.kind);
  if (!call) return undefined;
  const { def } = call;
  const args: ArgumentInspection[] = [];
  const values: unknown[] = [];
  const addresses: (string | undefined)[] = [];
  const unreadable: string[] = [];
  for (let i = 0; i < call.args.length && i < def.params.length; i++) {
    const text = call.args[i];
    const ref = parseRangeText(text, cell.sheet) ?? (NAME.test(text.trim()) ? await host.namedRange?.(text.trim()) : undefined);
    if (ref) {
      const range = await host.readRange(ref);
      const flat = range.values.flat();
      args.push({ param: def.params[i], text, ref, cells: flat.length, blanks: flat.filter((v) => isBlank(v)).length });
      values.push(range.values);
      addresses.push(`${ref.sheet}!${ref.address}`);
      continue;
    }
    const value = literal(text);
    if (!value) unreadable.push(text);
    args.push({ param: def.params[i], text, cells: 1, blanks: value?.value === undefined ? 1 : 0 });
    values.push(value?.value);
    addresses.push(undefined);
  }
  // With an argument the wizard cannot read (a nested FILTER), the result is the one the sheet computed, when it is a value.
  const sheetResult = typeof shown === 'number' || (typeof shown === 'string' && !shown.startsWith('#')) ? shown : undefined;
  const result = unreadable.length > 0 ? sheetResult : runKpi(def, values, { addresses });
  const findings = unreadable.length > 0 ? [] : checkData(def, values);
  return { def, formula, args, result, error: firstError(result), unreadable, findings };
}
