import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isKpiError, isScalarKind, REGISTRY, runKpi,
  type CallContext, type KpiDefinition, type ParamSpec, type RunResult,
} from '../../core';

const RUNS = 150;

// CI runs one fixed seed, so a submission passes or fails for its code, not for the draw; local runs draw
// a new seed each time and keep finding new cases (fast-check prints the seed of any failure to replay it).
if (process.env.CI) fc.configureGlobal({ seed: 20_261_123 });
const ERROR_KINDS = ['div0', 'num', 'value', 'na'];

// ---------------------------------------------------------------- cells

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';

function inDigits(text: string, set: 'western' | 'persian' | 'arabic'): string {
  if (set === 'western') return text;
  const digits = set === 'persian' ? PERSIAN : ARABIC;
  return text.replace(/[0-9]/g, (d) => digits[Number(d)]);
}

function grouped(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Numeric text as people type it: any digit set, thousands separators, decimals, a sign, a percent sign. */
const numericText = fc
  .record({
    whole: fc.integer({ min: 0, max: 2_000_000_000 }),
    fraction: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    negative: fc.boolean(),
    separator: fc.constantFrom('', ',', '٬'),
    point: fc.constantFrom('.', '٫'),
    percent: fc.constantFrom('', '', '%', '٪'),
    digits: fc.constantFrom('western' as const, 'persian' as const, 'arabic' as const),
  })
  .map(({ whole, fraction, negative, separator, point, percent, digits }) => {
    const text = `${negative ? '-' : ''}${grouped(String(whole), separator)}${fraction === undefined ? '' : `${point}${fraction}`}${percent}`;
    return inDigits(text, digits);
  });

const numberCell = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 2, 5, 10, 11, 100, 45292, 2_958_465, 2_958_466, 1e15, 1e200, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double(),
);

const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'abc', 'won', 'Lost', 'Closed Won', 'open', 'عالی', 'خوب', 'ضعیف', 'Καλό', 'ΚΑΚΟ', 'excellent', 'poor', 'hours', 'minutes', 'روز',
    '1402/12/15', '۱۴۰۳/۱۲/۳۰', '1402/12/30', '2024-03-05', '2024-02-30', '2024-03-05 09:00', '2024-03-05T09:00+03:30', '0000/01/01',
    '1,5', '20.000,50', '$17,150.00', '€ 17.100,00', '10.196,17 €', '(1,200.00)', '۴۲۳٬۰۰۰٬۰۰۰ ریال', 'USD 5', '((5))', '$-5', '-$5',
    '12/14/2024', '26/01/2024', '01/02/2024', '30.11.2024', '13.10.2024 09:39', '1/6/2025 3:05 PM', '31/02/2024', 'Closed-Lost to Competition', ' ', '\u200f', 'Infinity', 'NaN', '1e5', `1${'0'.repeat(400)}`, '%', '۸٬۰۰۰', '50%',
  ),
);

const dateCell = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms)),
  fc.constant(null).map(() => new Date(NaN)),
);

const blankCell = fc.constantFrom(null, undefined, '');

const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: numberCell, weight: 3 },
  { arbitrary: numericText, weight: 2 },
  { arbitrary: junkText, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: dateCell, weight: 1 },
  { arbitrary: blankCell, weight: 2 },
);

function gridOf(cell: fc.Arbitrary<unknown>, maxRows = 6, maxCols = 3): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
}

/** Any argument: a single value, a 2D range, or the odd shapes (a flat list, empty arrays) a caller could pass. */
const anyArg: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyCell, weight: 4 },
  { arbitrary: gridOf(anyCell), weight: 4 },
  { arbitrary: fc.array(anyCell, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.constantFrom([], [[]]), weight: 1 },
);

// ---------------------------------------------------------------- plausible arguments, to reach the computations

const smallNumber = fc.oneof(
  fc.integer({ min: 0, max: 2000 }),
  fc.constantFrom(0, 0.05, 0.5, 1, '50%', '۸٬۰۰۰', '1,200', -1, 30, 1e200),
  numericText,
);
const dateLike = fc.oneof(
  fc.integer({ min: 45_000, max: 45_700 }),
  fc.integer({ min: 45_000 * 24, max: 45_700 * 24 }).map((hours) => hours / 24),
  fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }).map((ms) => new Date(ms)),
  fc.constantFrom('2024-03-05', '2024-03-05 09:00', '1402/12/15', '۱۴۰۳/۰۱/۱۵', '2024-01-01', '2024-06-30', '', 0, '12/14/2024', '26/01/2024', '05/03/2024', '30.11.2024'),
);
const label = fc.constantFrom('Won', 'lost', 'Closed Won', 'open', 'Closed-Lost to Competition', 'Appointment scheduled', 'web', 'Web ', 'email', 'علی', 'علي', 'Καλό', 'A', 'B', '', 5);
const rating = fc.oneof(fc.integer({ min: 0, max: 11 }), fc.constantFrom('excellent', 'good', 'poor', 'عالی', 'Μέτριο', '', '4'));

function plausibleCell(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number':
    case 'numbers':
      return spec.integer ? fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant('')) : smallNumber;
    case 'date':
    case 'dates':
      return dateLike;
    case 'labels':
    case 'label-set':
    case 'count-or-names':
      return label;
    case 'cells':
      return rating;
    case 'text':
      return fc.constantFrom('hours', 'minutes', 'days', 'ساعت', 'won', 'Lost', 'weeks', '');
  }
}

/** Right arity, ranges of one common length so that pairs line up; single values sometimes given as columns (spills). */
function plausibleArgs(def: KpiDefinition): fc.Arbitrary<unknown[]> {
  return fc.integer({ min: 1, max: 7 }).chain((n) =>
    fc.tuple(
      ...def.params.map((spec) => {
        const column = fc.array(plausibleCell(spec), { minLength: n, maxLength: n }).map((cells) => cells.map((cell) => [cell]));
        const single = plausibleCell(spec);
        const arg = isScalarKind(spec.kind) ? fc.oneof(single, column, single.map((cell) => [[cell]])) : column;
        return spec.optional ? fc.oneof(arg, fc.constant(undefined), fc.constant(null)) : arg;
      }),
    ),
  );
}

function argsFor(def: KpiDefinition): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    plausibleArgs(def),
    fc.array(anyArg, { minLength: 0, maxLength: def.params.length + 2 }),
    // Plausible arguments with one of them replaced by anything.
    fc.tuple(plausibleArgs(def), fc.nat(), anyArg).map(([args, i, arg]) => args.map((a, j) => (j === i % args.length ? arg : a))),
  );
}

const context: fc.Arbitrary<Partial<CallContext>> = fc.oneof(
  fc.constant({}),
  fc.record({ timeZone: fc.constantFrom('UTC', 'Asia/Tehran', 'Europe/Athens', 'America/New_York', 'Not/A_Zone') }),
  fc.record({ addresses: fc.array(fc.option(fc.constantFrom('Sheet1!$B$2:$B$9', "'My Sheet'!C3:D9", 'Sheet1!B:B', '', 'x!!'), { nil: undefined }), { maxLength: 5 }) }),
);

// ---------------------------------------------------------------- invariants

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

function describeProblem(def: KpiDefinition, args: unknown[], problem: string): string {
  return `${def.id} on ${JSON.stringify(args, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}: ${problem}`;
}

/** The problem with a result, or undefined when it is one of the allowed shapes. */
function resultProblem(def: KpiDefinition, result: RunResult): string | undefined {
  const errorProblem = (error: { kind: string; message: string }) =>
    !ERROR_KINDS.includes(error.kind) ? `error kind ${error.kind}`
      : !error.message.startsWith(`${def.id}:`) ? `message "${error.message}" does not start with "${def.id}:"`
        : undefined;
  if (isKpiError(result)) return errorProblem(result);
  if (typeof result === 'number') return Number.isFinite(result) ? undefined : `result ${result}`;
  // Text only from a function that declares it: JALALI's date and month name.
  if (typeof result === 'string') return def.result === 'text' && result !== '' ? undefined : `text result "${result}"`;
  if (!Array.isArray(result)) return `result of type ${typeof result}`;
  if (def.result === 'table') {
    for (const row of result) {
      if (!Array.isArray(row)) return 'a table row that is not an array';
      for (const cell of row) {
        if (typeof cell === 'number' ? !Number.isFinite(cell) : typeof cell !== 'string') return `table cell ${String(cell)}`;
      }
    }
    return undefined;
  }
  if (!def.params.every((p) => isScalarKind(p.kind))) return 'a range function gave an array';
  for (const row of result) {
    if (!Array.isArray(row)) return 'a spill row that is not an array';
    for (const cell of row) {
      if (cell === '') continue;
      if (isKpiError(cell)) {
        const problem = errorProblem(cell);
        if (problem) return `spill cell: ${problem}`;
      } else if (typeof cell === 'string' && def.result === 'text') {
        continue;
      } else if (typeof cell !== 'number' || !Number.isFinite(cell)) {
        return `spill cell ${String(cell)}`;
      }
    }
  }
  return undefined;
}

/** A result as plain data, so that two results can be compared whatever objects they hold. */
function plain(result: RunResult): unknown {
  if (isKpiError(result)) return { kind: result.kind, message: result.message };
  if (Array.isArray(result)) return (result as unknown[][]).map((row) => row.map((cell) => (isKpiError(cell) ? { kind: cell.kind, message: cell.message } : cell)));
  return result;
}

function blanksAsNull(arg: unknown): unknown {
  return Array.isArray(arg) ? arg.map((item) => (Array.isArray(item) ? blanksAsNull(item) : item === '' ? null : item)) : arg;
}

describe.each(REGISTRY.map((def) => [def.id, def] as const))('%s on arbitrary arguments', (_id, def) => {
  it('never throws, and gives a finite number, a finite table or spill, or an error naming the function', () => {
    fc.assert(
      fc.property(argsFor(def), context, (args, ctx) => {
        let result: RunResult;
        try {
          result = runKpi(def, args, ctx);
        } catch (error) {
          throw new Error(describeProblem(def, args, `threw ${String(error)}`));
        }
        const problem = resultProblem(def, result);
        if (problem) throw new Error(describeProblem(def, args, problem));
      }),
      { numRuns: RUNS },
    );
  });

  it('never changes its arguments', () => {
    fc.assert(
      fc.property(argsFor(def), (args) => {
        const before = structuredClone(args);
        deepFreeze(args);
        try {
          runKpi(def, args);
        } catch (error) {
          throw new Error(describeProblem(def, args, `threw ${String(error)} on frozen arguments`));
        }
        expect(args).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same result for blanks passed as null (Excel) or "" (Sheets)', () => {
    fc.assert(
      fc.property(plausibleArgs(def), (args) => {
        expect(plain(runKpi(def, args.map(blanksAsNull)))).toEqual(plain(runKpi(def, args)));
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('gives the same result for single values passed as x (Sheets) or [[x]] (Excel)', () => {
    fc.assert(
      fc.property(plausibleArgs(def), (args) => {
        const wrapped = args.map((arg) => (Array.isArray(arg) || arg === undefined || arg === null ? arg : [[arg]]));
        expect(plain(runKpi(def, wrapped))).toEqual(plain(runKpi(def, args)));
      }),
      { numRuns: RUNS / 3 },
    );
  });
});
