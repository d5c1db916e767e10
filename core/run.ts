// Calls a KPI on host arguments: arity, pairing, reading each argument by its kind, and "ranges in, arrays out".
import { decideDateOrder, isBlank, isBlankDate, needsDateOrder, type DateOrder, type HostCell } from './cells';
import { isScalarKind, type KpiDefinition, type KpiTable, type KpiValue, type RowSkip, type Table } from './define';
import { isKpiError, KpiError } from './errors';
import { code, message, renderEnglish, type Message, type MessageArg } from './messages';
import {
  argumentGrid, atPosition, cellAt, cellCount, isRectangular, located, position, rangeDateOrder, readRange, readScalar,
  type ArgSite, type CallContext, type Grid,
} from './read-args';

/** One cell of a spilled result: a number, text (JALALI), an error, or "" for a row whose inputs are all blank. */
export type SpillCell = number | string | KpiError;

export type RunResult = number | string | Table | KpiError | SpillCell[][];

type Site = { shape: { rows: number; cols: number }; address?: string };

/** `text` with more parameters: the argument and where in it. */
function withArgs(text: Message, args: Record<string, MessageArg>): Message {
  return message(text.key, { ...text.args, ...args });
}

/** Gives a KPI's own error its function name and, when it points at a cell, the argument and that cell's position. */
function locate(
  error: KpiError,
  sites: Map<string, Site>,
  fn: string,
  elementIndex?: number,
  spillShape?: { rows: number; cols: number },
): KpiError {
  if (error.located) return error;
  const param = error.site?.param;
  const site = param === undefined ? undefined : sites.get(param);
  const element = elementIndex === undefined || !spillShape ? undefined : position(elementIndex, spillShape);
  const arg = param === undefined ? code('') : code(param);
  if (param !== undefined && site) {
    const at = position(error.site?.index ?? elementIndex, site.shape, site.address);
    const detail = withArgs(error.text, { arg, at: atPosition(at) });
    // A single value given beside ranges applies to every row: say which row failed.
    return located(error.kind, fn, !at && element ? message('inElement', { detail, where: element }) : detail);
  }
  const detail = withArgs(error.text, { arg, at: atPosition(undefined) });
  return located(error.kind, fn, element ? message('inElement', { detail, where: element }) : detail);
}

/** A result with no overflow: an infinite number is #NUM!, and a table's labels are rendered in the messages' language. */
function checkFinite(value: KpiValue, fn: string, ctx?: CallContext): number | string | Table | KpiError {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : located('num', fn, message('resultTooLarge'));
  }
  if (Array.isArray(value)) return finiteTable(value, fn, ctx);
  return value;
}

function finiteTable(table: KpiTable, fn: string, ctx?: CallContext): Table | KpiError {
  for (const row of table) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) return located('num', fn, message('aResultTooLarge'));
      } else if (typeof cell !== 'string') {
        row[c] = (ctx?.renderLabel ?? renderEnglish)(cell);
      }
    }
  }
  return table as Table;
}

function trimTrailingOmitted(args: readonly unknown[]): readonly unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

/**
 * Runs `def` on arguments shaped as a host passes them (single values or rows of cells).
 * Never throws for bad input: every problem comes back as a KpiError naming the argument and cell.
 */
export function runKpi(def: KpiDefinition, rawArgs: readonly unknown[], context: Partial<CallContext> = {}): RunResult {
  const ctx: CallContext = Object.create(context, { fn: { value: def.id } });
  const args = trimTrailingOmitted(rawArgs);
  const params = def.params;
  if (args.length > params.length) {
    return located('value', def.id, message(params.length === 1 ? 'tooManyArgument' : 'tooManyArguments', { max: params.length, got: args.length }));
  }
  const grids = params.map((spec, i) => argumentGrid(spec, args[i]));
  for (let i = 0; i < params.length; i++) {
    if (!grids[i] && !params[i].optional) return located('value', def.id, message('missing', { arg: code(params[i].name) }));
  }
  return params.every((p) => isScalarKind(p.kind))
    ? runElementwise(def, grids, ctx)
    : runOnRanges(def, grids, ctx);
}

/**
 * How many rows of a range argument to read: up to its last row with a value. A whole column (`B:B`)
 * reaches us as a million rows of which a few thousand are filled; the blank rows below the data would
 * change nothing, so one backward look over them is all they cost. A range never shrinks to one cell,
 * which would read as a single value.
 */
export function rowsToRead(grid: Grid, blank: (cell: HostCell) => boolean): number {
  let rows = grid.rows;
  while (rows > 2) {
    const row = grid.cells[rows - 1];
    if (!Array.isArray(row)) break;
    let empty = true;
    for (let c = 0; c < row.length && empty; c++) empty = blank(row[c]);
    if (!empty) break;
    rows--;
  }
  return rows;
}

/** Each range argument cut below its last filled row; ranges read in pairs are cut alike. */
function readableGrids(def: KpiDefinition, grids: readonly (Grid | undefined)[]): (Grid | undefined)[] {
  const rows = grids.map((grid, i) => {
    const kind = def.params[i].kind;
    if (!grid || isScalarKind(kind)) return grid?.rows ?? 0;
    return rowsToRead(grid, kind === 'dates' ? isBlankDate : isBlank);
  });
  return grids.map((grid, i) => {
    if (!grid) return grid;
    const partner = def.params[i].pairedWith;
    const j = partner === undefined ? -1 : def.params.findIndex((p) => p.name === partner);
    const other = j < 0 ? undefined : grids[j];
    // Paired ranges of one shape keep the rows of the longer; of different shapes (a row beside a column), all rows.
    const keep = !other ? rows[i] : other.rows === grid.rows && other.cols === grid.cols ? Math.max(rows[i], rows[j]) : grid.rows;
    return keep === grid.rows ? grid : { rows: keep, cols: grid.cols, cells: grid.cells };
  });
}

/**
 * The order of day and month that a call's date ranges decide, for a range of its dates that cannot
 * decide alone (every date like 01/02/2024): a start and a close column come from one export.
 */
function callDateOrder(def: KpiDefinition, grids: readonly (Grid | undefined)[]): () => DateOrder | undefined {
  let decided: DateOrder | undefined;
  let asked = false;
  return () => {
    if (asked) return decided;
    asked = true;
    for (let i = 0; i < grids.length && !decided; i++) {
      const grid = grids[i];
      const kind = def.params[i].kind;
      if (!grid || (kind !== 'dates' && kind !== 'date')) continue;
      const decision = decideDateOrder(cellCount(grid), (index) => cellAt(grid, index));
      if (decision.kind === 'decided') decided = decision.order;
    }
    return decided;
  };
}

/** The arguments of a call whose parameters are not all scalar, read as `compute` receives them, with where each one is. */
interface ReadArguments {
  readonly values: unknown[];
  readonly sites: Map<string, Site>;
}

function readRangeArguments(def: KpiDefinition, grids: (Grid | undefined)[], ctx: CallContext): ReadArguments | KpiError {
  const sites = new Map<string, Site>();
  const values: unknown[] = [];
  const readable = readableGrids(def, grids);
  const otherRangesOrder = callDateOrder(def, grids);
  for (let i = 0; i < def.params.length; i++) {
    const spec = def.params[i];
    const grid = grids[i];
    const address = ctx.addresses?.[i];
    if (grid) sites.set(spec.name, { shape: grid, address });
    if (spec.pairedWith) {
      const j = def.params.findIndex((p) => p.name === spec.pairedWith);
      const other = grids[j];
      if (grid && other && cellCount(grid) !== cellCount(other)) {
        const n = cellCount(other);
        return located('value', def.id, message('pairSize', {
          other: code(def.params[j].name), cells: message(n === 1 ? 'cellsOne' : 'cellsMany', { n }), arg: code(spec.name), n: cellCount(grid),
        }));
      }
    }
    const site: ArgSite = { ctx, spec, shape: grid ?? { rows: 0, cols: 0 }, address, slot: i, otherRangesOrder };
    if (!grid) {
      values.push(undefined);
    } else if (isScalarKind(spec.kind)) {
      if (cellCount(grid) !== 1) {
        return located('value', def.id, message('singleValue', { arg: code(spec.name), n: cellCount(grid) }));
      }
      const cell = grid.cells[0][0];
      const value = spec.optional && isBlank(cell) ? undefined : readScalar(cell, site);
      if (isKpiError(value)) return value;
      values.push(value);
    } else {
      const value = readRange(readable[i]!, site);
      if (isKpiError(value)) return value;
      values.push(value);
    }
  }
  return { values, sites };
}

function runOnRanges(def: KpiDefinition, grids: (Grid | undefined)[], ctx: CallContext): number | string | Table | KpiError {
  const read = readRangeArguments(def, grids, ctx);
  if (isKpiError(read)) return read;
  const result = (def.compute as (...a: unknown[]) => KpiValue)(...read.values);
  return isKpiError(result) ? locate(result, read.sites, def.id) : checkFinite(result, def.id, ctx);
}

/**
 * Per row of a call's paired ranges, whether the KPI leaves it out and why, by the rule its definition
 * declares, on the values as `compute` reads them: what the wizard's data check reports as skipped.
 * Undefined when the KPI declares no rule or an argument cannot be read (the runner's error says why).
 * The rule reads the runner's reusable buffers: use it before the next call.
 */
export function skipRule(def: KpiDefinition, rawArgs: readonly unknown[], context: Partial<CallContext> = {}): ((row: number) => RowSkip | undefined) | undefined {
  if (!def.skips || def.params.every((p) => isScalarKind(p.kind))) return undefined;
  const ctx: CallContext = Object.create(context, { fn: { value: def.id } });
  const args = trimTrailingOmitted(rawArgs);
  if (args.length > def.params.length) return undefined;
  const grids = def.params.map((spec, i) => argumentGrid(spec, args[i]));
  if (def.params.some((spec, i) => !grids[i] && !spec.optional)) return undefined;
  const read = readRangeArguments(def, grids, ctx);
  if (isKpiError(read)) return undefined;
  return (def.skips as (...a: unknown[]) => (row: number) => RowSkip | undefined)(...read.values);
}

function runElementwise(def: KpiDefinition, grids: (Grid | undefined)[], ctx: CallContext): number | string | KpiError | SpillCell[][] {
  let shape: Grid | undefined;
  let shapeParam = '';
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    if (!grid || cellCount(grid) === 1) continue;
    if (!isRectangular(grid)) return located('value', def.id, message('notRectangular', { arg: code(def.params[i].name) }));
    if (!shape) {
      shape = grid;
      shapeParam = def.params[i].name;
    } else if (grid.rows !== shape.rows || grid.cols !== shape.cols) {
      return located('value', def.id, message('spillShape', {
        first: code(shapeParam), firstRows: shape.rows, firstColumns: shape.cols,
        second: code(def.params[i].name), secondRows: grid.rows, secondColumns: grid.cols,
      }));
    }
  }
  const sites = new Map<string, Site>();
  const otherRangesOrder = callDateOrder(def, grids);
  const argSites: ArgSite[] = def.params.map((spec, i) => {
    const grid = grids[i];
    const multi = grid !== undefined && cellCount(grid) !== 1;
    const siteShape = multi ? grid : { rows: 1, cols: 1 };
    if (grid) sites.set(spec.name, { shape: siteShape, address: ctx.addresses?.[i] });
    return { ctx, spec, shape: siteShape, address: ctx.addresses?.[i], otherRangesOrder };
  });
  // A range of dates spilled over reads its slashed dates in one order, decided from all its cells when first needed.
  const orders = new Map<number, DateOrder | KpiError | undefined>();
  const orderOf = (i: number, cell: HostCell): DateOrder | KpiError | undefined => {
    const grid = grids[i]!;
    if (def.params[i].kind !== 'date' || cellCount(grid) === 1 || !needsDateOrder(cell)) return undefined;
    if (!orders.has(i)) orders.set(i, rangeDateOrder(grid, argSites[i]));
    return orders.get(i);
  };
  const compute = def.compute as (...a: unknown[]) => KpiValue;

  const element = (index: number | undefined): number | string | KpiError => {
    const values: unknown[] = [];
    for (let i = 0; i < grids.length; i++) {
      const grid = grids[i];
      if (!grid || cellCount(grid) === 0) {
        values.push(undefined);
        continue;
      }
      const multi = cellCount(grid) !== 1;
      const cell = multi ? cellAt(grid, index!) : grid.cells[0][0];
      if (def.params[i].optional && isBlank(cell)) {
        values.push(undefined);
        continue;
      }
      const order = multi ? orderOf(i, cell) : undefined;
      if (isKpiError(order)) return order;
      const value = readScalar(cell, argSites[i], multi ? index : undefined, order);
      if (isKpiError(value)) return value;
      values.push(value);
    }
    const result = compute(...values);
    if (isKpiError(result)) return locate(result, sites, def.id, index, shape);
    const checked = checkFinite(result, def.id, ctx) as number | string | KpiError;
    // An overflow in one element of a spill says which row it is.
    const where = index === undefined || !shape ? undefined : position(index, shape);
    return isKpiError(checked) && where
      ? new KpiError(checked.kind, message('inElement', { detail: checked.text, where }), undefined, true)
      : checked;
  };

  if (!shape) return element(undefined);
  const multiGrids = grids.filter((g): g is Grid => g !== undefined && cellCount(g) > 1);
  const out: SpillCell[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: SpillCell[] = [];
    for (let c = 0; c < shape.cols; c++) {
      const index = r * shape.cols + c;
      const allBlank = multiGrids.every((g) => isBlank(g.cells[r][c]));
      row.push(allBlank ? '' : element(index));
    }
    out.push(row);
  }
  return out;
}
