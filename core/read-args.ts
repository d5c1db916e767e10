// Coercing a host argument into the value its parameter kind declares, with messages that name the argument and the cell.
import {
  decideDateOrder, describeCell, isBlank, isBlankDate, labelKey, labelKeyer, MAX_SERIAL, needsDateOrder, readDate, readLabel,
  readNumber, yearLastParts, type DateOrder, type HostCell,
} from './cells';
import type { KindValues, ParamSpec } from './define';
import { isKpiError, KpiError, type ErrorKind, type ErrorSite } from './errors';
import { code, message, renderEnglish, type Message, type MessageArg, type MessageKey } from './messages';

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
  /** Renders a label a table carries in the messages' language (BY_SOURCE's "(none)"); English when not given. */
  readonly renderLabel?: (label: Message) => string;
}

export function cellCount(grid: Grid): number {
  return grid.rows * grid.cols;
}

/** A host argument as a grid; undefined when the argument was left out. */
export function toGrid(raw: unknown): Grid | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) return { rows: 1, cols: 1, cells: [[raw as HostCell]] };
  if (raw.length === 0) return { rows: 0, cols: 0, cells: [] };
  // Hosts pass rectangular rows of cells: the shape is read off the first row, and every reader
  // checks each row as it reads it (see `isRow`), so no separate pass over a million rows is needed.
  if (Array.isArray(raw[0])) return { rows: raw.length, cols: (raw[0] as unknown[]).length, cells: raw as HostCell[][] };
  const rows = raw.every(Array.isArray) ? (raw as HostCell[][]) : (raw as HostCell[]).map((cell) => [cell]);
  let cols = 0;
  for (const row of rows) if (row.length > cols) cols = row.length;
  return { rows: rows.length, cols, cells: rows };
}

/** Whether a row of a grid is what the grid's shape says: an array of `cols` cells. */
export function isRow(row: unknown, cols: number): row is readonly HostCell[] {
  return Array.isArray(row) && row.length === cols;
}

/** Whether every row has the grid's width (a host never passes anything else). */
export function isRectangular(grid: Grid): boolean {
  for (let r = 0; r < grid.rows; r++) if (!isRow(grid.cells[r], grid.cols)) return false;
  return true;
}

export function notRectangular(site: ArgSite): KpiError {
  return located('value', site.ctx.fn, message('notRectangular', { arg: code(site.spec.name) }));
}

/**
 * Reusable buffers for reading ranges, one per argument position, so that a call on a million rows
 * does not allocate (and zero) megabytes it drops a moment later. What a reader returns from one is
 * valid until the next call reads that argument position: KPI functions reduce it and never keep it.
 */
const scratch: Float64Array[] = [];

function buffer(site: ArgSite, length: number): Float64Array {
  if (site.slot === undefined) return new Float64Array(length);
  const held = scratch[site.slot];
  if (held && held.length >= length) return held;
  const fresh = new Float64Array(Math.max(length, 1024));
  scratch[site.slot] = fresh;
  return fresh;
}

/**
 * An argument of `spec` as a grid, or undefined when it is left out: not given, or, for an optional
 * parameter, a single blank (Excel's null for an omitted argument, an empty argument in Sheets).
 */
export function argumentGrid(spec: ParamSpec, raw: unknown): Grid | undefined {
  return spec.optional && !Array.isArray(raw) && isBlank(raw as HostCell) ? undefined : toGrid(raw);
}

export function cellAt(grid: Grid, index: number): HostCell {
  return grid.cells[Math.floor(index / grid.cols)][index % grid.cols];
}

// ---------------------------------------------------------------- positions

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's A1 address from its 0-based row and column: (1, 2) is `C2`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A block's A1 address from its 0-based corners, one cell as `C2`, more as `C2:D9`. */
export function blockAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** The top-left cell of an address such as `Sheet1!$B$2:$B$500`, whole columns `B:D` and rows `3:5` too, 0-based. */
export function addressOrigin(address: string | undefined): { row: number; col: number } | undefined {
  if (!address) return undefined;
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '');
  const match = /^([A-Za-z]{1,3})?(\d+)?$/.exec(local);
  if (!match || (!match[1] && !match[2])) return undefined;
  return { row: match[2] ? Number(match[2]) - 1 : 0, col: match[1] ? columnNumber(match[1]) : 0 };
}

/** Where in its argument a cell sits ("cell B4", "row 3"), or undefined for a single cell. */
export function position(index: number | undefined, shape: { rows: number; cols: number }, address?: string): Message | undefined {
  if (index === undefined || shape.rows * shape.cols <= 1) return undefined;
  const row = Math.floor(index / shape.cols);
  const col = index % shape.cols;
  const origin = addressOrigin(address);
  if (origin) return message('positionCell', { address: code(cellAddress(origin.row + row, origin.col + col)) });
  if (shape.cols === 1) return message('positionRow', { row: row + 1 });
  if (shape.rows === 1) return message('positionColumn', { column: col + 1 });
  return message('positionRowColumn', { row: row + 1, column: col + 1 });
}

/** " row 3", " cell B4" or "" (for a single cell), in English: where in its argument a cell sits. */
export function positionText(index: number | undefined, shape: { rows: number; cols: number }, address?: string): string {
  const at = position(index, shape, address);
  return at ? ` ${renderEnglish(at)}` : '';
}

/** The `{at}` parameter of a message: the position after a space, or nothing. */
export function atPosition(at: Message | undefined): MessageArg {
  return at ? message('at', { position: at }) : code('');
}

/** A message put in its function's name: "NPS: …". */
export function located(kind: ErrorKind, fn: string, detail: Message, site?: ErrorSite): KpiError {
  return new KpiError(kind, message('withFunction', { fn: code(fn), detail }), site, true);
}

/** Where one argument's cells are, so that messages can name them. */
export interface ArgSite {
  readonly ctx: CallContext;
  /** The argument's position, when the reader may fill that position's reusable buffer. */
  readonly slot?: number;
  readonly spec: ParamSpec;
  readonly shape: { rows: number; cols: number };
  readonly address?: string;
  /**
   * For dates: the order of day and month that the call's other date ranges decided, used when this
   * range's own slashed dates (01/02/2024) cannot decide it. Asked only then.
   */
  readonly otherRangesOrder?: () => DateOrder | undefined;
}

/** An error about one cell of an argument (or the argument as a whole): `key` with the argument and its position. */
export function cellError(site: ArgSite, kind: ErrorKind, index: number | undefined, key: MessageKey, args: Record<string, MessageArg> = {}): KpiError {
  return located(kind, site.ctx.fn, message(key, { arg: code(site.spec.name), at: atPosition(position(index, site.shape, site.address)), ...args }));
}

// ---------------------------------------------------------------- numbers

export function expectedNumber(spec: ParamSpec): Message {
  if (spec.expected) return spec.expected;
  if (spec.rate) return message('expectedRate');
  const number = message(spec.integer ? 'expectedWholeNumber' : 'expectedNumber');
  if (spec.min !== undefined && spec.max !== undefined) return message('expectedBetween', { number, min: spec.min, max: spec.max });
  if (spec.min !== undefined) return message(spec.exclusiveMin ? 'expectedAbove' : 'expectedAtLeast', { number, min: spec.min });
  return number;
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
  return cellError(site, spec.outOfRange ?? 'num', index, 'cellIs', { value: describeCell(cell), expected: expectedNumber(spec) });
}

export function readScalarNumber(cell: HostCell, site: ArgSite, index?: number): number | KpiError {
  if (isBlank(cell)) return cellError(site, 'value', index, 'cellBlank', { expected: expectedNumber(site.spec) });
  const value = readNumber(cell);
  if (Number.isNaN(value)) return cellError(site, 'value', index, 'cellIs', { value: describeCell(cell), expected: expectedNumber(site.spec) });
  return numberProblem(value, site.spec, site, index, cell) ?? value;
}

/**
 * A range of numbers as a Float64Array. Blank cells are skipped, or kept as NaN in place when
 * the range is read in pairs with another.
 */
export function readNumberRange(grid: Grid, site: ArgSite): Float64Array | KpiError {
  const spec = site.spec;
  const aligned = spec.pairedWith !== undefined;
  // The limits as locals, so the loop compares numbers instead of calling a check per cell.
  const lo = spec.rate ? 0 : spec.min ?? -Infinity;
  const hi = spec.rate ? 1 : spec.max ?? Infinity;
  const strictLo = spec.exclusiveMin === true;
  const integer = spec.integer === true;
  const { cells, rows, cols } = grid;
  const out = buffer(site, rows * cols);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    if (!isRow(row, cols)) return notRectangular(site);
    for (let c = 0; c < cols; c++) {
      const cell = row[c];
      let value: number;
      if (typeof cell === 'number' && cell - cell === 0) {
        value = cell;
      } else if (isBlank(cell)) {
        if (aligned) out[count++] = NaN;
        continue;
      } else {
        value = readNumber(cell);
        if (Number.isNaN(value)) {
          return cellError(site, 'value', r * cols + c, 'cellIs', { value: describeCell(cell), expected: expectedNumber(spec) });
        }
      }
      if (value < lo || value > hi || (strictLo && value === lo) || (integer && Math.floor(value) !== value)) {
        return numberProblem(value, spec, site, r * cols + c, cell)!;
      }
      out[count++] = value;
    }
  }
  return out.subarray(0, count);
}

// ---------------------------------------------------------------- dates

const EXPECTED_DATE = message('expectedDate');

/** Why a date cell could not be read: a slashed date whose order no cell decides, or not a date at all. */
function dateError(site: ArgSite, index: number | undefined, cell: HostCell): KpiError {
  const parts = typeof cell === 'string' ? yearLastParts(cell) : undefined;
  if (parts && !parts.dotted && parts.first <= 12 && parts.second <= 12) {
    return cellError(site, 'value', index, 'dateOrderAmbiguous', { value: describeCell(cell) });
  }
  return cellError(site, 'value', index, 'cellIs', { value: describeCell(cell), expected: EXPECTED_DATE });
}

/** A single date cell; a slashed date reads day first or month first only when its own numbers show which. */
export function readScalarDate(cell: HostCell, site: ArgSite, index?: number, order?: DateOrder): number | KpiError {
  if (isBlankDate(cell)) return cellError(site, 'value', index, 'cellBlank', { expected: EXPECTED_DATE });
  const day = readDate(cell, cell instanceof Date ? site.ctx.timeZone : undefined, order);
  return Number.isNaN(day) ? dateError(site, index, cell) : day;
}

/**
 * The one order of a range's slashed dates (12/14/2024, 26/01/2024), from its cells, or from the call's
 * other date ranges when none of its own decides; an error when its cells contradict each other or
 * nothing decides.
 */
export function rangeDateOrder(grid: Grid, site: ArgSite): DateOrder | undefined | KpiError {
  const decision = decideDateOrder(cellCount(grid), (index) => cellAt(grid, index));
  if (decision.kind === 'decided') return decision.order;
  // No cell needs an order that is a date either way (31/31/2024): each is refused as not a date.
  if (decision.kind === 'none') return undefined;
  if (decision.kind === 'conflict') {
    return cellError(site, 'value', decision.dayFirst, 'dateOrderConflict', {
      value: describeCell(cellAt(grid, decision.dayFirst)),
      other: atPosition(position(decision.monthFirst, site.shape, site.address)),
      otherValue: describeCell(cellAt(grid, decision.monthFirst)),
    });
  }
  const borrowed = site.otherRangesOrder?.();
  if (borrowed) return borrowed;
  return cellError(site, 'value', decision.first, 'dateOrderAmbiguous', { value: describeCell(cellAt(grid, decision.first)) });
}

/** How many distinct date texts readDateRange remembers, so that a column of timestamps does not fill memory. */
const TEXT_MEMO_LIMIT = 50_000;

/** log2 of the slots in readDateRange's memo of Date objects. */
const DATE_MEMO_BITS = 14;

/** A range of dates as day numbers; blanks skipped, or kept as NaN in place when read in pairs. */
export function readDateRange(grid: Grid, site: ArgSite): Float64Array | KpiError {
  const aligned = site.spec.pairedWith !== undefined;
  const { cells, rows, cols } = grid;
  const out = buffer(site, rows * cols);
  // Day numbers of Date objects already read, [instant, day] per slot: converting a Date on a wall clock
  // is what costs, and a column of dates repeats its days. A slot is picked by a multiplicative hash of
  // the instant, which puts up to ~4000 distinct days in distinct slots. Made on the first Date.
  let memo: Float64Array | undefined;
  const maxSerial = MAX_SERIAL; // a local: an imported binding is re-checked on every cell
  // Decided on the first slashed date met, from the whole range.
  let order: DateOrder | undefined;
  let orderAsked = false;
  // Day numbers of texts already read: a CRM's date column repeats its days (a few hundred in a million rows).
  let texts: Map<string, number> | undefined;
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    if (!isRow(row, cols)) return notRectangular(site);
    for (let c = 0; c < cols; c++) {
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
      if (typeof cell === 'string') {
        const known = texts?.get(cell);
        if (known !== undefined) {
          out[count++] = known;
          continue;
        }
      }
      if (isBlankDate(cell)) {
        if (aligned) out[count++] = NaN;
        continue;
      }
      if (!orderAsked && needsDateOrder(cell)) {
        const decided = rangeDateOrder(grid, site);
        if (isKpiError(decided)) return decided;
        order = decided;
        orderAsked = true;
      }
      const day = readDate(cell, cell instanceof Date ? site.ctx.timeZone : undefined, order);
      if (Number.isNaN(day)) return dateError(site, r * grid.cols + c, cell);
      if (typeof cell === 'string') {
        texts ??= new Map();
        if (texts.size < TEXT_MEMO_LIMIT) texts.set(cell, day);
      }
      out[count++] = day;
    }
  }
  return out.subarray(0, count);
}

// ---------------------------------------------------------------- labels, cells, text

/** A range of labels; blanks skipped, or kept as null in place when read in pairs. */
export function readLabelRange(grid: Grid, site: ArgSite): (string | null)[] | KpiError {
  const aligned = site.spec.pairedWith !== undefined;
  const out: (string | null)[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    if (!isRow(row, grid.cols)) return notRectangular(site);
    for (let c = 0; c < grid.cols; c++) {
      const cell = row[c];
      const label = readLabel(cell, cell instanceof Date ? site.ctx.timeZone : undefined);
      if (label !== null || aligned) out.push(label);
    }
  }
  return out;
}

/**
 * One label or a range of labels (won_label), blanks left out. A range whose cells are all blank is no
 * label at all (nothing counts as lost when the status list says no status is lost); one blank cell,
 * given where a label is asked for, is an error.
 */
export function readLabelSet(grid: Grid, site: ArgSite): string[] | KpiError {
  const out: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    if (!isRow(row, grid.cols)) return notRectangular(site);
    for (let c = 0; c < grid.cols; c++) {
      const label = readLabel(row[c], row[c] instanceof Date ? site.ctx.timeZone : undefined);
      if (label !== null) out.push(label);
    }
  }
  if (out.length > 0 || grid.rows * grid.cols > 1) return out;
  return cellError(site, 'value', undefined, 'cellBlank', { expected: message('expectedText') });
}

/** A range's cells in row-major order with every kind of blank made null. */
export function readCellRange(grid: Grid, site: ArgSite): HostCell[] | KpiError {
  const out: HostCell[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const row = grid.cells[r];
    if (!isRow(row, grid.cols)) return notRectangular(site);
    for (let c = 0; c < grid.cols; c++) out.push(isBlank(row[c]) ? null : row[c]);
  }
  return out;
}

export function readScalarText(cell: HostCell, site: ArgSite, index?: number): string | KpiError {
  const text = readLabel(cell, site.ctx.timeZone);
  const choices = site.spec.choices;
  if (text === null) return cellError(site, 'value', index, 'cellBlank', { expected: message('expectedText') });
  if (!choices) return text;
  const key = labelKey(text);
  for (const [choice, spellings] of Object.entries(choices)) {
    if (labelKey(choice) === key || spellings.some((spelling) => labelKey(spelling) === key)) return choice;
  }
  const names = Object.keys(choices).map((choice) => `"${choice}"`).join(', ');
  return cellError(site, 'value', index, 'cellIs', { value: describeCell(cell), expected: message('expectedOneOf', { choices: code(names) }) });
}

/** A headcount (one number) or a range of names, counted once each. */
export function readCountOrNames(grid: Grid, site: ArgSite): number | KpiError {
  if (cellCount(grid) === 1) {
    const cell = grid.cells[0][0];
    const count = readNumber(cell);
    if (!Number.isNaN(count)) {
      return count < 0 ? cellError(site, 'num', undefined, 'cellIs', { value: describeCell(cell), expected: message('expectedHeadcount') }) : count;
    }
  }
  const labels = readLabelRange(grid, site);
  if (isKpiError(labels)) return labels;
  const key = labelKeyer();
  const names = new Set<string>();
  for (const label of labels) if (label !== null) names.add(key(label));
  return names.size;
}

type RangeValue = KindValues['numbers' | 'dates' | 'labels' | 'label-set' | 'cells' | 'count-or-names'];

/** Reads a range-kind argument. */
export function readRange(grid: Grid, site: ArgSite): RangeValue | KpiError {
  switch (site.spec.kind) {
    case 'numbers': return readNumberRange(grid, site);
    case 'dates': return readDateRange(grid, site);
    case 'labels': return readLabelRange(grid, site);
    case 'label-set': return readLabelSet(grid, site);
    case 'cells': return readCellRange(grid, site);
    case 'count-or-names': return readCountOrNames(grid, site);
    default: throw new Error(`${site.spec.kind} is not a range kind`);
  }
}

/** Reads one cell for a scalar-kind parameter; `order` is the date order of the range it is spilled over. */
export function readScalar(cell: HostCell, site: ArgSite, index?: number, order?: DateOrder): number | string | KpiError {
  switch (site.spec.kind) {
    case 'number': return readScalarNumber(cell, site, index);
    case 'date': return readScalarDate(cell, site, index, order);
    case 'text': return readScalarText(cell, site, index);
    default: throw new Error(`${site.spec.kind} is not a scalar kind`);
  }
}
