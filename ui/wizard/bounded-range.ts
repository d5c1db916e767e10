// Whole columns and rows (B:B, 3:3) cut to the part of the sheet in use, so the wizard never writes one into a formula.
import { blockAddress, cellAddress } from '../../core';

/** Excel's grid: a column of this many rows, or a row of this many columns, is a whole one. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A block of cells, 0-based and inclusive. */
interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** One end of an address: `B7`, `B` (a whole column) or `7` (a whole row). */
function corner(text: string): { row?: number; col?: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  return { col: match[1] ? columnNumber(match[1]) : undefined, row: match[2] ? Number(match[2]) - 1 : undefined };
}

/** The block an A1 address covers, whole columns and rows spanning the whole grid. */
function box(address: string): Box | undefined {
  const [first, last = first] = address.slice(address.lastIndexOf('!') + 1).split(':');
  const a = corner(first);
  const b = corner(last);
  if (!a || !b) return undefined;
  return {
    r0: Math.min(a.row ?? 0, b.row ?? 0),
    c0: Math.min(a.col ?? 0, b.col ?? 0),
    r1: Math.max(a.row ?? SHEET_ROWS - 1, b.row ?? SHEET_ROWS - 1),
    c1: Math.max(a.col ?? SHEET_COLUMNS - 1, b.col ?? SHEET_COLUMNS - 1),
  };
}

/** Whether an address covers whole columns (`B:B`, `B1:B1048576`) or whole rows (`3:3`). */
export function isWholeLines(address: string, rows = SHEET_ROWS, columns = SHEET_COLUMNS): boolean {
  const b = box(address);
  return b !== undefined && ((b.r0 === 0 && b.r1 >= rows - 1) || (b.c0 === 0 && b.c1 >= columns - 1));
}

/**
 * `address` cut to the rows (of whole columns) or columns (of whole rows) of the sheet's used range
 * `used`, so that `B:B` becomes `B1:B501`; the first cell when nothing there is in use. Any other address
 * is returned as it is. `rows` and `columns` are the sheet's size (Excel's grid unless given).
 */
export function boundedAddress(address: string, used: string | undefined, rows = SHEET_ROWS, columns = SHEET_COLUMNS): string {
  const whole = box(address);
  if (!whole || !isWholeLines(address, rows, columns)) return address;
  const inUse = used === undefined ? undefined : box(used);
  // Whole columns run down every row: cut the rows. Whole rows run across every column: cut the columns.
  const cutRows = whole.r0 === 0 && whole.r1 >= rows - 1;
  const cutColumns = whole.c0 === 0 && whole.c1 >= columns - 1;
  const r0 = cutRows ? Math.max(whole.r0, inUse?.r0 ?? 0) : whole.r0;
  const r1 = cutRows ? Math.min(whole.r1, inUse?.r1 ?? -1) : whole.r1;
  const c0 = cutColumns ? Math.max(whole.c0, inUse?.c0 ?? 0) : whole.c0;
  const c1 = cutColumns ? Math.min(whole.c1, inUse?.c1 ?? -1) : whole.c1;
  if (r1 < r0 || c1 < c0) return cellAddress(whole.r0, whole.c0);
  return blockAddress(r0, c0, r1, c1);
}
