// Emulates Excel's custom functions runtime for dist/excel/functions.js: no DOM, a CustomFunctions global to register with.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

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
  /** How Excel.run's sync ends: with the types (default), with an error, or never. */
  sync?: 'answers' | 'fails' | 'hangs';
}

export interface ExcelRuntime {
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** Calls a function as Excel does: arguments, then the invocation object; returns or throws what it does. */
  call(id: string, args: unknown[], parameterAddresses?: string[]): unknown;
  /** What a synchronous call puts in the cell: the returned matrix, or the CustomFunctions.Error it threw. */
  cell(id: string, args: unknown[], parameterAddresses?: string[]): unknown;
  /** Addresses Excel.run was asked to load, and how many times Excel.run was called. */
  loaded: string[];
  readonly runs: number;
}

const metadata = JSON.parse(readFileSync(join(EXCEL_DIST, 'functions.json'), 'utf8')) as {
  functions: { id: string; parameters: unknown[] }[];
};

export function loadExcelFunctions(options: ExcelRuntimeOptions = {}): ExcelRuntime {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const loaded: string[] = [];
  let runs = 0;
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
  if (options.platform) sandbox.Office = { context: { platform: options.platform } };
  if (options.valueTypes) {
    const types = options.valueTypes;
    sandbox.Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => {
        runs++;
        const pending: { address: string; range: { valueTypes?: ValueType[][] } }[] = [];
        const worksheet = (sheet?: string) => ({
          getRange: (local: string) => {
            const address = sheet ? `${sheet}!${local}` : local;
            const range: { valueTypes?: ValueType[][]; load: () => unknown } = { load: () => range };
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
              range.valueTypes = types[address];
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
