// Telling blank cells from zeros on Excel builds that pass 0 for a blank, by asking Excel for the cells' value types.

/**
 * Excel on the web passes a blank cell as null (office-js #4702, #5262), so nothing is asked there.
 * Excel on Windows has passed 0 (the same issues); for Mac, iPad and any other platform neither the
 * docs nor the issues say, so they are treated like Windows. On those, where the shared runtime gives
 * us the Excel API and the parameters' addresses, the value types of the part of each range that
 * holds values are read and the zeros of empty cells turned back into null; once any null has
 * arrived, that build is known to pass blanks as null and nothing more is asked for the session.
 * Reads made while one calculation is under way share one Excel.run, each address read once; a read
 * that fails or takes longer than VALUE_TYPES_TIMEOUT_MS leaves the zeros as zeros, so a cell never
 * waits on it.
 */
let blanksArriveAsNull = false;

export const VALUE_TYPES_TIMEOUT_MS = 2000;

type ExcelApi = Pick<typeof Excel, 'run'>;

/**
 * The value types of the part of a range that holds values (its used range), placed by its offset in
 * the range; every cell outside it is empty. `types` is undefined when the whole range is empty.
 */
interface ValueTypes {
  readonly row: number;
  readonly col: number;
  readonly types?: readonly (readonly string[])[];
}

function isEmptyCell(found: ValueTypes, r: number, c: number): boolean {
  const type = found.types?.[r - found.row]?.[c - found.col];
  return type === undefined || type === 'Empty';
}

interface OfficeGlobal {
  Excel?: ExcelApi;
  Office?: { context?: { platform?: unknown } };
}

/** Whether a range argument (rows of cells) holds a cell that passes `test`; an omitted argument is no range. */
function hasCell(arg: unknown, test: (cell: unknown) => boolean): boolean {
  if (!Array.isArray(arg)) return false;
  for (const row of arg) {
    if (!Array.isArray(row)) return false;
    for (const cell of row) if (test(cell)) return true;
  }
  return false;
}

/** "Sheet1!A1:B2" or "'My sheet'!A1" as a sheet name and a local address. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function resetBlankDetection(): void {
  blanksArriveAsNull = false;
  reads.clear();
}

/** Whether this Excel passes blanks as null: Excel on the web always, any other once a null has arrived. */
function passesNull(): boolean {
  if (!blanksArriveAsNull && String((globalThis as OfficeGlobal).Office?.context?.platform) === 'OfficeOnline') blanksArriveAsNull = true;
  return blanksArriveAsNull;
}

/**
 * The arguments with the zeros that Excel reports as empty cells made null; never changes the host's
 * arrays. `checked[i]` says whether a zero in argument i could be a blank that matters (a date range
 * reads day 0 as blank by itself). Synchronous (the arguments as they are) whenever no cell needs asking about.
 */
export function restoreBlanks(
  args: readonly unknown[],
  addresses: readonly string[] | undefined,
  checked: readonly boolean[],
  excel: ExcelApi | undefined = (globalThis as OfficeGlobal).Excel,
): readonly unknown[] | Promise<readonly unknown[]> {
  // A null inside a range is a blank cell; an omitted optional argument is null on every build and says nothing.
  if (!blanksArriveAsNull && args.some((arg) => hasCell(arg, (cell) => cell === null))) blanksArriveAsNull = true;
  if (passesNull() || !excel || !addresses) return args;
  const suspects = args
    .map((arg, i) => ({ arg, i, address: addresses[i] }))
    .filter(({ arg, i, address }) => checked[i] && address && hasCell(arg, (cell) => cell === 0));
  if (suspects.length === 0) return args;
  return Promise.all(suspects.map(({ address }) => valueTypes(excel, address!))).then((types) => {
    const restored = [...args];
    suspects.forEach(({ arg, i }, k) => {
      const found = types[k];
      if (!found) return;
      restored[i] = (arg as unknown[][]).map((row, r) => row.map((cell, c) => (cell === 0 && isEmptyCell(found, r, c) ? null : cell)));
    });
    return restored;
  });
}

/** Value types per address, for the calculation under way: a read in flight, or one that has just ended. */
const reads = new Map<string, Promise<ValueTypes | undefined>>();
let batch: { address: string; resolve: (types: ValueTypes | undefined) => void }[] | undefined;

function valueTypes(excel: ExcelApi, address: string): Promise<ValueTypes | undefined> {
  const key = address.replace(/\$/g, '');
  let read = reads.get(key);
  if (!read) {
    read = new Promise((resolve) => {
      if (!batch) {
        batch = [];
        // Every read asked for in this turn goes into one Excel.run.
        void Promise.resolve().then(() => {
          const pending = batch!;
          batch = undefined;
          void readBatch(excel, pending);
        });
      }
      batch.push({ address: key, resolve });
    });
    reads.set(key, read);
  }
  return read;
}

/** One Excel.run for the addresses asked for in one turn (each once: `reads` holds a read per address). */
async function readBatch(excel: ExcelApi, pending: { address: string; resolve: (types: ValueTypes | undefined) => void }[]): Promise<void> {
  const addresses = pending.map((p) => p.address);
  let found: Map<string, ValueTypes> | undefined;
  try {
    found = await withTimeout(excel.run(async (context) => {
      const ranges = addresses.map((address) => {
        const { sheet, local } = splitAddress(address);
        const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
        const range = worksheet.getRange(local).load(['rowIndex', 'columnIndex']);
        // Only the part with values is asked about: the million empty cells of a whole column are empty without asking.
        const used = range.getUsedRangeOrNullObject(true).load(['valueTypes', 'rowIndex', 'columnIndex']);
        return { range, used };
      });
      await context.sync();
      return new Map(addresses.map((address, k): [string, ValueTypes] => {
        const { range, used } = ranges[k];
        return [address, used.isNullObject
          ? { row: 0, col: 0 }
          : { row: used.rowIndex - range.rowIndex, col: used.columnIndex - range.columnIndex, types: used.valueTypes }];
      }));
    }));
  } catch {
    // Whatever went wrong, the zeros stay zeros: found is undefined.
  }
  for (const { address, resolve } of pending) resolve(found?.get(address));
  // The types hold for the rest of this calculation's burst of calls; the next calculation reads afresh.
  setTimeout(() => { for (const address of addresses) reads.delete(address); }, 0);
}

function withTimeout<T>(promise: Promise<T>): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), VALUE_TYPES_TIMEOUT_MS);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}
