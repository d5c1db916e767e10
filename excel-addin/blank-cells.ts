// Telling blank cells from zeros on Excel builds that pass 0 for a blank, by asking Excel for the cells' value types.

/**
 * Excel on the web and current desktop builds pass a blank cell as null. Older desktop builds
 * pass 0, which for NPS scores or amounts would count a blank as a real zero. Where the shared
 * runtime gives us the Excel API and the parameters' addresses, we read each range's value
 * types and turn the zeros of empty cells back into null. Once any null has arrived, this
 * Excel is known to pass blanks as null and the extra read is skipped for the session.
 */
let blanksArriveAsNull = false;

type ExcelApi = Pick<typeof Excel, 'run'>;

function hasCell(arg: unknown, test: (cell: unknown) => boolean): boolean {
  if (!Array.isArray(arg)) return test(arg);
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
}

/**
 * The arguments with the zeros that Excel reports as empty cells made null; never changes the host's
 * arrays. Synchronous (the arguments as they are) whenever no cell needs asking about.
 */
export function restoreBlanks(
  args: readonly unknown[],
  addresses: readonly string[] | undefined,
  excel: ExcelApi | undefined = (globalThis as { Excel?: ExcelApi }).Excel,
): readonly unknown[] | Promise<readonly unknown[]> {
  if (!blanksArriveAsNull && args.some((arg) => hasCell(arg, (cell) => cell === null))) blanksArriveAsNull = true;
  if (blanksArriveAsNull || !excel || !addresses) return args;
  const suspects = args
    .map((arg, i) => ({ arg, i, address: addresses[i] }))
    .filter(({ arg, address }) => Array.isArray(arg) && address && hasCell(arg, (cell) => cell === 0));
  if (suspects.length === 0) return args;
  return readValueTypes(excel, args, suspects);
}

async function readValueTypes(
  excel: ExcelApi,
  args: readonly unknown[],
  suspects: { arg: unknown; i: number; address: string | undefined }[],
): Promise<readonly unknown[]> {
  try {
    return await excel.run(async (context) => {
      const ranges = suspects.map(({ address }) => {
        const { sheet, local } = splitAddress(address!);
        const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
        return worksheet.getRange(local).load('valueTypes');
      });
      await context.sync();
      const restored = [...args];
      suspects.forEach(({ arg, i }, k) => {
        const types = ranges[k].valueTypes;
        restored[i] = (arg as unknown[][]).map((row, r) =>
          row.map((cell, c) => (cell === 0 && types[r]?.[c] === 'Empty' ? null : cell)));
      });
      return restored;
    });
  } catch {
    return args;
  }
}
