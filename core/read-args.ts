// Coercing a host argument into the value its parameter kind declares, with messages that name the argument and the cell.
import {
  describeCell, isBlank, isBlankDate, labelKey, labelKeyer, MAX_SERIAL, readDate, readLabel, readNumber,
  type HostCell,
} from './cells';
import type { KindValues, ParamSpec } from './define';
import { fail, type ErrorKind, type KpiError } from './errors';

/** A host argument as rows of cells; a single value is a 1×1 grid. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly HostCell[])[];
}

export interface CallContext {
  /** The function's name, first word of every message. */
  readonly fn: string;
  /** The spreadsheet's time zone, for reading host Date objects on its wall clock; read only when a Date is met. */
  readonly timeZone?: string;
  /** Per parameter, the range address the host gives (Excel's parameterAddresses), for "cell B4" in messages. */
  readonly addresses?: readonly (string | undefined)[];
}

export function cellCount(grid: Grid): number {
  return grid.rows * grid.cols;
}

/** A host argument as a grid; undefined when the argument was left out. */
export function toGrid(raw: unknown): Grid | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) return { rows: 1, cols: 1, cells: [[raw as HostCell]] };
  if (raw.length === 0) return { rows: 0, cols: 0, cells: [] };
  // The usual argument, rows that are all arrays, in one pass; anything else (single cells, holes) takes the general path.
  let width = 0;
  let r = 0;
  for (; r < raw.length; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row)) break;
    if (row.length > width) width = row.length;
  }
  if (r === raw.length) return { rows: raw.length, cols: width, cells: raw as HostCell[][] };
  const rows = raw.every(Array.isArray) ? (raw as HostCell[][]) : (raw as HostCell[]).map((cell) => [cell]);
  let cols = 0;
  for (const row of rows) if (row.length > cols) cols = row.length;
  return { rows: rows.length, cols, cells: rows };
}

export function cellAt(grid: Grid, index: number): HostCell {
  return grid.cells[Math.floor(index / grid.cols)][index % grid.cols];
}

// ---------------------------------------------------------------- positions

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The top-left cell of an address such as `Sheet1!$B$2:$B$500`, 0-based. */
export function addressOrigin(address: string | undefined): { row: number; col: number } | undefined {
  if (!address) return undefined;
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '');
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(local);
  return match ? { row: Number(match[2]) - 1, col: columnNumber(match[1]) } : undefined;
}

/** " row 3", " cell B4" or "" (for a single cell): where in its argument a cell sits. */
export function positionText(index: number | undefined, shape: { rows: number; cols: number }, address?: string): string {
  if (index === undefined || shape.rows * shape.cols <= 1) return '';
  const row = Math.floor(index / shape.cols);
  const col = index % shape.cols;
  const origin = addressOrigin(address);
  if (origin) return ` cell ${columnLetters(origin.col + col)}${origin.row + row + 1}`;
  if (shape.cols === 1) return ` row ${row + 1}`;
  if (shape.rows === 1) return ` column ${col + 1}`;
  return ` row ${row + 1}, column ${col + 1}`;
}

/** Where one argument's cells are, so that messages can name them. */
export interface ArgSite {
  readonly ctx: CallContext;
  readonly spec: ParamSpec;
  readonly shape: { rows: number; cols: number };
  readonly address?: string;
}

export function cellError(site: ArgSite, kind: ErrorKind, index: number | undefined, text: string): KpiError {
  return fail(kind, `${site.ctx.fn}: ${site.spec.name}${positionText(index, site.shape, site.address)} ${text}`);
}

// ---------------------------------------------------------------- numbers

export function expectedNumber(spec: ParamSpec): string {
  if (spec.expected) return spec.expected;
  if (spec.rate) return 'a rate from 0 to 1: write 50% or 0.5';
  const whole = spec.integer ? 'a whole number' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `${whole} ${spec.min}–${spec.max}`;
  if (spec.min !== undefined) return `${whole} ${spec.exclusiveMin ? 'above' : 'of at least'} ${spec.min}`;
  return whole;
}

/** Checks a number against its parameter's limits: the error, or undefined when it is fine. */
function numberProblem(value: number, spec: ParamSpec, site: ArgSite, index: number | undefined, cell: HostCell): KpiError | undefined {
  const min = spec.rate ? 0 : spec.min;
  const max = spec.rate ? 1 : spec.max;
  const outside =
    (min !== undefined && (value < min || (spec.exclusiveMin && value === min))) ||
    (max !== undefined && value > max) ||
    (spec.integer && !Number.isInteger(value));
  if (!outside) return undefined;
  return cellError(site, spec.outOfRange ?? 'num', index, `is ${describeCell(cell)}, expected ${expectedNumber(spec)}`);
}

export function readScalarNumber(cell: HostCell, site: ArgSite, index?: number): number | KpiError {
  if (isBlank(cell)) return cellError(site, 'value', index, `is blank, expected ${expectedNumber(site.spec)}`);
  const value = readNumber(cell);
  if (Number.isNaN(value)) return cellError(site, 'value', index, `is ${describeCell(cell)}, expected ${expectedNumber(site.spec)}`);
  return numberProblem(value, site.spec, site, index, cell) ?? value;
}

/**
 * A range of numbers as a Float64Array. Blank cells are skipped, or kept as NaN in place when
 * the range is read in pairs with another.
 */
export function readNumberRange(grid: Grid, site: ArgSite): Float64Array | KpiError {
  const aligned = site.spec.pairedWith !== undefined;
  const spec = site.spec;
  const checked = spec.rate || spec.min !== undefined || spec.max !== undefined || spec.integer;
  const out = new Float64Array(cellCount(grid));
  let count = 0;
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.cols; c++) {
      const cell = row[c];
      let value: number;
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        value = cell;
      } else if (isBlank(cell)) {
        if (aligned) out[count++] = NaN;
        continue;
      } else {
        value = readNumber(cell);
        if (Number.isNaN(value)) {
          return cellError(site, 'value', r * grid.cols + c, `is ${describeCell(cell)}, expected ${expectedNumber(spec)}`);
        }
      }
      if (checked) {
        const problem = numberProblem(value, spec, site, r * grid.cols + c, cell);
        if (problem) return problem;
      }
      out[count++] = value;
    }
  }
  return count === out.length ? out : out.subarray(0, count);
}

// ---------------------------------------------------------------- dates

const EXPECTED_DATE = 'a date (a date cell, 2024-03-05 or 1402/12/15)';

export function readScalarDate(cell: HostCell, site: ArgSite, index?: number): number | KpiError {
  if (isBlankDate(cell)) return cellError(site, 'value', index, `is blank, expected ${EXPECTED_DATE}`);
  const day = readDate(cell, cell instanceof Date ? site.ctx.timeZone : undefined);
  return Number.isNaN(day) ? cellError(site, 'value', index, `is ${describeCell(cell)}, expected ${EXPECTED_DATE}`) : day;
}

/** log2 of the slots in readDateRange's memo of Date objects. */
const DATE_MEMO_BITS = 14;

/** A range of dates as day numbers; blanks skipped, or kept as NaN in place when read in pairs. */
export function readDateRange(grid: Grid, site: ArgSite): Float64Array | KpiError {
  const aligned = site.spec.pairedWith !== undefined;
  const out = new Float64Array(cellCount(grid));
  // Day numbers of Date objects already read, [instant, day] per slot: converting a Date on a wall clock
  // is what costs, and a column of dates repeats its days. A slot is picked by a multiplicative hash of
  // the instant, which puts up to ~4000 distinct days in distinct slots. Made on the first Date.
  let memo: Float64Array | undefined;
  const maxSerial = MAX_SERIAL; // a local: an imported binding is re-checked on every cell
  let count = 0;
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.cols; c++) {
      const cell = row[c];
      if (typeof cell === 'number' && cell > 0 && cell <= maxSerial) {
        out[count++] = cell;
        continue;
      }
      if (cell instanceof Date) {
        const ms = cell.getTime();
        const slot = 2 * (Math.imul(ms | 0, 0x9e3779b1) >>> (32 - DATE_MEMO_BITS));
        memo ??= new Float64Array(2 << DATE_MEMO_BITS).fill(NaN);
        if (memo[slot] === ms) {
          out[count++] = memo[slot + 1];
          continue;
        }
        const day = readDate(cell, site.ctx.timeZone);
        if (!Number.isNaN(day)) {
          memo[slot] = ms;
          memo[slot + 1] = day;
          out[count++] = day;
          continue;
        }
      }
      if (isBlankDate(cell)) {
        if (aligned) out[count++] = NaN;
        continue;
      }
      const day = readDate(cell, cell instanceof Date ? site.ctx.timeZone : undefined);
      if (Number.isNaN(day)) return cellError(site, 'value', r * grid.cols + c, `is ${describeCell(cell)}, expected ${EXPECTED_DATE}`);
      out[count++] = day;
    }
  }
  return count === out.length ? out : out.subarray(0, count);
}

// ---------------------------------------------------------------- labels, cells, text

/** A range of labels; blanks skipped, or kept as null in place when read in pairs. */
export function readLabelRange(grid: Grid, site: ArgSite): (string | null)[] {
  const aligned = site.spec.pairedWith !== undefined;
  const out: (string | null)[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.cols; c++) {
      const cell = row[c];
      const label = readLabel(cell, cell instanceof Date ? site.ctx.timeZone : undefined);
      if (label !== null || aligned) out.push(label);
    }
  }
  return out;
}

/** A range's cells in row-major order with every kind of blank made null. */
export function readCellRange(grid: Grid): HostCell[] {
  const out: HostCell[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.cols; c++) out.push(isBlank(row[c]) ? null : row[c]);
  }
  return out;
}

export function readScalarText(cell: HostCell, site: ArgSite, index?: number): string | KpiError {
  const text = readLabel(cell, site.ctx.timeZone);
  const choices = site.spec.choices;
  if (text === null) return cellError(site, 'value', index, 'is blank, expected text');
  if (!choices) return text;
  const key = labelKey(text);
  for (const [choice, spellings] of Object.entries(choices)) {
    if (labelKey(choice) === key || spellings.some((spelling) => labelKey(spelling) === key)) return choice;
  }
  const names = Object.keys(choices).map((choice) => `"${choice}"`).join(', ');
  return cellError(site, 'value', index, `is ${describeCell(cell)}, expected one of ${names}`);
}

/** A headcount (one number) or a range of names, counted once each. */
export function readCountOrNames(grid: Grid, site: ArgSite): number | KpiError {
  if (cellCount(grid) === 1) {
    const cell = grid.cells[0][0];
    const count = readNumber(cell);
    if (!Number.isNaN(count)) {
      return count < 0 ? cellError(site, 'num', undefined, `is ${describeCell(cell)}, expected a headcount of at least 0`) : count;
    }
  }
  const key = labelKeyer();
  const names = new Set<string>();
  for (const label of readLabelRange(grid, site)) if (label !== null) names.add(key(label));
  return names.size;
}

type RangeValue = KindValues['numbers' | 'dates' | 'labels' | 'cells' | 'count-or-names'];

/** Reads a range-kind argument. */
export function readRange(grid: Grid, site: ArgSite): RangeValue | KpiError {
  switch (site.spec.kind) {
    case 'numbers': return readNumberRange(grid, site);
    case 'dates': return readDateRange(grid, site);
    case 'labels': return readLabelRange(grid, site);
    case 'cells': return readCellRange(grid);
    case 'count-or-names': return readCountOrNames(grid, site);
    default: throw new Error(`${site.spec.kind} is not a range kind`);
  }
}

/** Reads one cell for a scalar-kind parameter. */
export function readScalar(cell: HostCell, site: ArgSite, index?: number): number | string | KpiError {
  switch (site.spec.kind) {
    case 'number': return readScalarNumber(cell, site, index);
    case 'date': return readScalarDate(cell, site, index);
    case 'text': return readScalarText(cell, site, index);
    default: throw new Error(`${site.spec.kind} is not a scalar kind`);
  }
}
