// Emulates Excel's custom functions runtime for dist/excel/functions.js: no DOM, a CustomFunctions global to register with.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { addressOrigin } from '../../core/read-args';

export const EXCEL_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist/excel');

/** The error codes as the runtime defines them: each ErrorCode's value is the error's text. */
export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class FakeExcelError {
  constructor(readonly code: string, readonly message?: string) {}
}

export type ValueType = 'Empty' | 'Double' | 'String' | 'Boolean' | 'Error' | 'Unknown';

export interface ExcelRuntimeOptions {
  /** When given, a shared runtime: Excel.run answers valueTypes for these addresses. */
  valueTypes?: Record<string, ValueType[][]>;
  /** Office.context.platform as Office.js reports it ("PC", "Mac", "OfficeOnline", …); none before Office is ready. */
  platform?: string;
  /** Office.context.displayLanguage, such as "fa-IR" or "el-GR". */
  displayLanguage?: string;
  /** How Excel.run's sync ends: with the types (default), with an error, or never. */
  sync?: 'answers' | 'fails' | 'hangs';
}

export interface ExcelRuntime {
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** Calls a function as Excel does: arguments, then the invocation object; returns or throws what it does. */
  call(id: string, args: unknown[], parameterAddresses?: string[]): unknown;
  /** What a synchronous call puts in the cell: the returned matrix, or the CustomFunctions.Error it threw. */
  cell(id: string, args: unknown[], parameterAddresses?: string[]): unknown;
  /** Addresses Excel.run was asked to load, how many times Excel.run was called, and how many value types it sent. */
  loaded: string[];
  readonly runs: number;
  readonly typeCells: number;
}

const metadata = JSON.parse(readFileSync(join(EXCEL_DIST, 'functions.json'), 'utf8')) as {
  functions: { id: string; parameters: unknown[] }[];
};

/**
 * A range as Excel.run gives it: its position, and getUsedRangeOrNullObject(true), the part of it whose
 * cells hold values (a null object when none does), answered from the test's value types at sync.
 */
interface FakeRange {
  rowIndex: number;
  columnIndex: number;
  load(): FakeRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeUsedRange;
  answer(types: ValueType[][] | undefined): void;
}

interface FakeUsedRange {
  isNullObject?: boolean;
  rowIndex?: number;
  columnIndex?: number;
  valueTypes?: ValueType[][];
  load(): FakeUsedRange;
}

function fakeRange(local: string, sent: (cells: number) => void): FakeRange {
  const origin = addressOrigin(local) ?? { row: 0, col: 0 };
  const used: FakeUsedRange = { load: () => used };
  const range: FakeRange = {
    rowIndex: origin.row,
    columnIndex: origin.col,
    load: () => range,
    getUsedRangeOrNullObject: () => used,
    answer: (types) => {
      const filled: [number, number][] = [];
      types?.forEach((row, r) => row.forEach((type, c) => { if (type !== 'Empty') filled.push([r, c]); }));
      if (filled.length === 0) {
        used.isNullObject = true;
        return;
      }
      const [r0, r1] = [Math.min(...filled.map(([r]) => r)), Math.max(...filled.map(([r]) => r))];
      const [c0, c1] = [Math.min(...filled.map(([, c]) => c)), Math.max(...filled.map(([, c]) => c))];
      used.isNullObject = false;
      used.rowIndex = origin.row + r0;
      used.columnIndex = origin.col + c0;
      used.valueTypes = types!.slice(r0, r1 + 1).map((row) => row.slice(c0, c1 + 1));
      sent(used.valueTypes.length * (c1 - c0 + 1));
    },
  };
  return range;
}

export function loadExcelFunctions(options: ExcelRuntimeOptions = {}): ExcelRuntime {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const loaded: string[] = [];
  let runs = 0;
  let typeCells = 0;
  const sandbox: Record<string, unknown> = {
    console,
    // Looked up at each call, so that a test's fake timers drive the runtime's timers too.
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => functions.set(id, fn),
      Error: FakeExcelError,
      ErrorCode: ERROR_CODE,
    },
  };
  if (options.platform || options.displayLanguage) sandbox.Office = { context: { platform: options.platform, displayLanguage: options.displayLanguage } };
  if (options.valueTypes) {
    const types = options.valueTypes;
    sandbox.Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => {
        runs++;
        const pending: { address: string; range: FakeRange }[] = [];
        const worksheet = (sheet?: string) => ({
          getRange: (local: string) => {
            const address = sheet ? `${sheet}!${local}` : local;
            const range = fakeRange(local, (cells) => { typeCells += cells; });
            pending.push({ address, range });
            return range;
          },
        });
        const context = {
          workbook: { worksheets: { getItem: (name: string) => worksheet(name), getActiveWorksheet: () => worksheet() } },
          sync: async () => {
            if (options.sync === 'fails') throw new Error('GeneralException');
            if (options.sync === 'hangs') await new Promise(() => {});
            for (const { address, range } of pending) {
              loaded.push(address);
              range.answer(types[address]);
            }
          },
        };
        return batch(context);
      },
    };
  }
  vm.runInContext(readFileSync(join(EXCEL_DIST, 'functions.js'), 'utf8'), vm.createContext(sandbox), { filename: 'functions.js' });
  const call = (id: string, args: unknown[], parameterAddresses?: string[]): unknown => {
    const fn = functions.get(id);
    const declared = metadata.functions.find((f) => f.id === id)?.parameters.length;
    if (!fn || declared === undefined) throw new Error(`${id} was not associated`);
    // Excel passes every declared parameter, null for an omitted optional one, then the invocation.
    const padded = [...args, ...Array(Math.max(0, declared - args.length)).fill(null)];
    return fn(...padded, { functionName: id, parameterAddresses });
  };
  return {
    functions,
    loaded,
    get runs() { return runs; },
    get typeCells() { return typeCells; },
    call,
    cell: (id, args, parameterAddresses) => {
      try {
        return call(id, args, parameterAddresses);
      } catch (error) {
        // Excel shows a thrown CustomFunctions.Error as the cell's error; anything else would be a crash.
        if (error instanceof FakeExcelError) return error;
        throw error;
      }
    },
  };
}

/** An argument as Excel passes it to a matrix parameter: always rows of cells, blanks as null. */
export function excelShape(arg: unknown): unknown {
  if (arg === undefined) return null;
  const blankToNull = (cell: unknown) => (cell === '' ? null : cell);
  if (Array.isArray(arg)) return (arg as unknown[][]).map((row) => row.map(blankToNull));
  return [[blankToNull(arg)]];
}
