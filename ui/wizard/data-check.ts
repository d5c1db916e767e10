// The wizard's data check: every problem in the ranges chosen for a KPI call, found before the formula is inserted.
import { renderValue } from '../../core/messages/render';
import {
  decideDateOrder, describeCell, isBlank, isBlankDate, isScalarKind, labelKeyer, needsDateOrder, readDate, readLabel, readNumber,
  skipRule, type DateOrder, type DateOrderDecision, type HostCell, type KpiDefinition, type ParamSpec, type RowSkip, type SkipReason,
} from '../../core';
import { outcomeReader } from '../../core/kpis/status-labels';
import { argumentGrid, cellAt, cellCount, type Grid } from '../../core/read-args';

export type { SkipReason };

export interface Finding {
  readonly kind:
    | 'size-mismatch'
    | 'text-among-numbers'
    | 'not-a-date'
    | 'ambiguous-date-order'
    | 'conflicting-date-order'
    | 'blanks'
    | 'close-before-start'
    | 'unknown-status'
    | 'open-with-close-date'
    | 'duplicate-ids'
    | 'skipped-rows';
  readonly param: string;
  readonly count: number;
  /** 0-based row-major indexes into the argument, at most the first 10 */
  readonly cells: readonly number[];
  /** e.g. the unknown status values, the duplicated ids, the reason rows are skipped; at most the first 10 */
  readonly values?: readonly string[];
}

/** How many cell indexes, and how many distinct values, a finding lists at most. */
export const MAX_LISTED = 10;

/** Pairs of date ranges read row by row where the end must not be before the start. */
export const DATE_SPANS: readonly { readonly start: string; readonly end: string }[] = [
  { start: 'start_dates', end: 'close_dates' },
  { start: 'received', end: 'responded' },
];

/** Parameters holding deal statuses, checked against the call's `won_label` and `lost_label` (or the defaults). */
export const STATUS_PARAMS: ReadonlySet<string> = new Set(['statuses']);

/**
 * Parameters whose values name one row each, so a repeat is a mistake. Customers (RFM), accounts
 * (REPEAT_DEALS), sources, reps and statuses repeat by design; a funnel's stage names do not, and a
 * repeated one usually means a deal table's stage column was picked instead of a list of stages.
 */
export const UNIQUE_PER_ROW_PARAMS: ReadonlySet<string> = new Set(['stage_labels']);

/** One call's arguments as the checks read them. */
interface Call {
  /** Whether a cell is blank as its parameter reads it (0 is a blank date). */
  readonly isBlankAt: (param: string, index: number) => boolean;
  /** The labels of a label-set argument such as `won_label`; undefined when left out. */
  readonly labels: (param: string) => readonly string[] | undefined;
  /** The order a date argument's slashed dates are read in, when its cells (or the call's other dates) decide one. */
  readonly dateOrder: (param: string) => DateOrder | undefined;
  /** Why the KPI leaves a row of its paired ranges out, by the rule its definition declares. */
  readonly skip?: (index: number) => RowSkip | undefined;
}

/** Cells and values gathered for one finding. */
class Tally {
  count = 0;
  readonly cells: number[] = [];
  readonly values: string[] = [];
  private readonly seen = new Set<string>();

  add(index: number, value?: string, key: string | undefined = value): void {
    this.count++;
    if (this.cells.length < MAX_LISTED) this.cells.push(index);
    if (value === undefined || key === undefined || this.seen.has(key)) return;
    this.seen.add(key);
    if (this.values.length < MAX_LISTED) this.values.push(value);
  }

  finding(kind: Finding['kind'], param: string, values?: readonly string[]): Finding | undefined {
    if (this.count === 0) return undefined;
    const listed = values ?? (this.values.length > 0 ? this.values : undefined);
    return listed
      ? { kind, param, count: this.count, cells: this.cells, values: listed }
      : { kind, param, count: this.count, cells: this.cells };
  }
}

/** How a cell of a parameter is checked: as a number, a date, a label, or a rating that may be either. */
type CellCheck = 'numbers' | 'dates' | 'labels' | 'cells';

function cellCheck(spec: ParamSpec, grid: Grid, everyParamScalar: boolean): CellCheck | undefined {
  switch (spec.kind) {
    case 'numbers':
    case 'dates':
    case 'labels':
    case 'cells':
      return spec.kind;
    case 'count-or-names':
    case 'label-set':
      return 'labels';
    default:
      // Single-value parameters are checked when a range is given for them, which the runner spills over.
      if (!everyParamScalar || cellCount(grid) <= 1) return undefined;
      return spec.kind === 'number' ? 'numbers' : spec.kind === 'date' ? 'dates' : 'labels';
  }
}

function isBlankAs(check: CellCheck | undefined, cell: HostCell): boolean {
  return check === 'dates' ? isBlankDate(cell) : isBlank(cell);
}

/** A cell as it is listed among a finding's values: its text, or (for a blank) the word, in English as the findings' values are. */
function shown(cell: HostCell): string {
  return readLabel(cell) ?? renderValue(describeCell(cell), 'en');
}

/** The argument of each parameter as a grid, left out exactly when runKpi leaves it out. */
function argumentGrids(def: KpiDefinition, args: readonly unknown[]): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  def.params.forEach((spec, i) => {
    const grid = argumentGrid(spec, args[i]);
    if (grid) grids.set(spec.name, grid);
  });
  return grids;
}

/** Which cells of an argument are blank, as its parameter reads them: 1 for blank. */
function blankCells(grid: Grid, check: CellCheck | undefined): Uint8Array {
  const size = cellCount(grid);
  const blank = new Uint8Array(size);
  for (let index = 0; index < size; index++) if (isBlankAs(check, cellAt(grid, index))) blank[index] = 1;
  return blank;
}

/** Blanks, and cells of the wrong kind, in one argument. */
function checkCells(name: string, grid: Grid, check: CellCheck, blank: Uint8Array, order: DateOrder | undefined): Finding[] {
  const blanks = new Tally();
  const wrongKind = new Tally();
  let numbers = 0;
  for (let index = 0; index < blank.length; index++) {
    if (blank[index]) {
      blanks.add(index);
      continue;
    }
    const cell = cellAt(grid, index);
    if (check === 'numbers' || check === 'cells') {
      if (Number.isNaN(readNumber(cell))) wrongKind.add(index, shown(cell));
      else numbers++;
    } else if (check === 'dates' && Number.isNaN(readDate(cell, undefined, order)) && !(order === undefined && needsDateOrder(cell))) {
      // A slashed date with no order decided is reported as such, by checkDateOrder.
      wrongKind.add(index, shown(cell));
    }
  }
  const findings: (Finding | undefined)[] = [];
  if (check === 'numbers') findings.push(wrongKind.finding('text-among-numbers', name));
  // Ratings may be numbers or text: text is a problem only among mostly numeric ratings.
  if (check === 'cells' && numbers > 0 && numbers >= wrongKind.count) findings.push(wrongKind.finding('text-among-numbers', name));
  if (check === 'dates') findings.push(wrongKind.finding('not-a-date', name));
  findings.push(blanks.finding('blanks', name));
  return findings.filter((finding): finding is Finding => finding !== undefined);
}

/** Every cell of an argument meant to be unique per row whose value appears on another row too. */
function checkDuplicates(name: string, grid: Grid): Finding | undefined {
  const key = labelKeyer();
  const size = cellCount(grid);
  const keys: (string | undefined)[] = new Array(size);
  const occurrences = new Map<string, number>();
  for (let index = 0; index < size; index++) {
    const label = readLabel(cellAt(grid, index));
    if (label === null) continue;
    const k = key(label);
    keys[index] = k;
    occurrences.set(k, (occurrences.get(k) ?? 0) + 1);
  }
  const duplicates = new Tally();
  for (let index = 0; index < size; index++) {
    const k = keys[index];
    if (k !== undefined && occurrences.get(k)! > 1) duplicates.add(index, readLabel(cellAt(grid, index))!, k);
  }
  return duplicates.finding('duplicate-ids', name);
}

/** Statuses that are neither won nor lost, by the call's labels or the defaults. */
function checkStatuses(name: string, grid: Grid, call: Call): Finding | undefined {
  const outcome = outcomeReader(call.labels('won_label'), call.labels('lost_label'));
  const key = labelKeyer();
  const unknown = new Tally();
  const size = cellCount(grid);
  for (let index = 0; index < size; index++) {
    const status = readLabel(cellAt(grid, index));
    if (status !== null && outcome(status) === 'open') unknown.add(index, status, key(status));
  }
  return unknown.finding('unknown-status', name);
}

/**
 * Slashed dates whose order of day and month cannot be told (every one like 01/02/2024), or is told
 * both ways by two cells: the runner refuses both, so the user is asked to write 2024-02-01.
 */
function checkDateOrder(name: string, grid: Grid, decision: DateOrderDecision, call: Call): Finding | undefined {
  if (decision.kind === 'conflict') {
    const cells = [decision.dayFirst, decision.monthFirst];
    return { kind: 'conflicting-date-order', param: name, count: 2, cells, values: cells.map((index) => shown(cellAt(grid, index))) };
  }
  if (decision.kind !== 'ambiguous' || call.dateOrder(name)) return undefined;
  const undecided = new Tally();
  for (let index = 0; index < cellCount(grid); index++) {
    const cell = cellAt(grid, index);
    if (needsDateOrder(cell)) undecided.add(index, shown(cell));
  }
  return undecided.finding('ambiguous-date-order', name);
}

/**
 * Per date argument, how its cells decide the order of its slashed dates, and the order they are read
 * in: its own cells', else the call's other dates'.
 */
function dateOrders(grids: Map<string, Grid>, checks: Map<string, CellCheck | undefined>): { orders: Map<string, DateOrder | undefined>; decisions: Map<string, DateOrderDecision> } {
  const own = new Map<string, DateOrder | undefined>();
  const decisions = new Map<string, DateOrderDecision>();
  let shared: DateOrder | undefined;
  for (const [name, grid] of grids) {
    if (checks.get(name) !== 'dates') continue;
    const decision = decideDateOrder(cellCount(grid), (index) => cellAt(grid, index));
    decisions.set(name, decision);
    const order = decision.kind === 'decided' ? decision.order : undefined;
    // A range that shows both orders is read in neither (checkDateOrder reports it), as the runner refuses it.
    if (decision.kind !== 'conflict') own.set(name, order);
    shared ??= order;
  }
  for (const [name, order] of own) own.set(name, order ?? shared);
  return { orders: own, decisions };
}

/** The parameters read row by row with one another, as groups of two or more that were all given. */
function pairedGroups(def: KpiDefinition, grids: Map<string, Grid>): string[][] {
  const groupOf = new Map<string, string[]>();
  const groups: string[][] = [];
  for (const spec of def.params) {
    const partner = spec.pairedWith;
    if (!partner || !grids.has(spec.name) || !grids.has(partner)) continue;
    const mine = groupOf.get(spec.name);
    const theirs = groupOf.get(partner);
    if (mine && theirs && mine !== theirs) {
      mine.push(...theirs);
      for (const name of theirs) groupOf.set(name, mine);
      groups.splice(groups.indexOf(theirs), 1);
    } else if (!mine && !theirs) {
      const group = [spec.name, partner];
      groups.push(group);
      groupOf.set(spec.name, group).set(partner, group);
    } else {
      const group = (mine ?? theirs)!;
      const joining = mine ? partner : spec.name;
      if (!group.includes(joining)) group.push(joining);
      groupOf.set(joining, group);
    }
  }
  // In signature order, so that a group's first parameter is the one its blank rows are reported on.
  const order = new Map(def.params.map((spec, i) => [spec.name, i]));
  for (const group of groups) group.sort((a, b) => order.get(a)! - order.get(b)!);
  return groups;
}

/** Paired ranges of different sizes: the cells of the larger that have no partner. */
function checkSizes(def: KpiDefinition, grids: Map<string, Grid>): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const spec of def.params) {
    const partner = spec.pairedWith;
    const mine = grids.get(spec.name);
    const theirs = partner === undefined ? undefined : grids.get(partner);
    if (!partner || !mine || !theirs) continue;
    const pair = [spec.name, partner].sort().join('\u0000');
    if (reported.has(pair) || cellCount(mine) === cellCount(theirs)) continue;
    reported.add(pair);
    const [larger, smaller] = cellCount(mine) > cellCount(theirs) ? [spec.name, partner] : [partner, spec.name];
    const sizes = [cellCount(mine), cellCount(theirs)];
    const extra = new Tally();
    for (let index = Math.min(...sizes); index < Math.max(...sizes); index++) extra.add(index);
    findings.push(extra.finding('size-mismatch', larger, [smaller])!);
  }
  return findings;
}

/** Rows whose end date is before their start date. */
function checkSpans(grids: Map<string, Grid>, call: Call): Finding[] {
  const findings: Finding[] = [];
  for (const { start, end } of DATE_SPANS) {
    const starts = grids.get(start);
    const ends = grids.get(end);
    if (!starts || !ends) continue;
    const backwards = new Tally();
    const rows = Math.min(cellCount(starts), cellCount(ends));
    const startOrder = call.dateOrder(start);
    const endOrder = call.dateOrder(end);
    for (let index = 0; index < rows; index++) {
      if (call.isBlankAt(start, index) || call.isBlankAt(end, index) || call.skip?.(index)) continue;
      if (readDate(cellAt(ends, index), undefined, endOrder) < readDate(cellAt(starts, index), undefined, startOrder)) backwards.add(index);
    }
    const finding = backwards.finding('close-before-start', end);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * Every row of a call's paired ranges that the KPI leaves out, with the parameter and reason: rows
 * wholly blank, and those its definition's skip rule leaves out. Row-major indexes, in order.
 */
export function skippedRows(def: KpiDefinition, args: readonly unknown[]): Map<number, RowSkip> {
  return skippedIn(def, argumentGrids(def, args), skipRule(def, args));
}

/** skippedRows on a call's grids and its KPI's rule, already made. */
function skippedIn(def: KpiDefinition, grids: Map<string, Grid>, skip: ((index: number) => RowSkip | undefined) | undefined): Map<number, RowSkip> {
  const skipped = new Map<number, RowSkip>();
  for (const group of pairedGroups(def, grids)) {
    const checks = group.map((name) => cellCheck(def.params.find((spec) => spec.name === name)!, grids.get(name)!, false));
    const rows = Math.min(...group.map((name) => cellCount(grids.get(name)!)));
    for (let index = 0; index < rows; index++) {
      const blankRow = group.every((name, i) => isBlankAs(checks[i], cellAt(grids.get(name)!, index)));
      const reason: RowSkip | undefined = blankRow ? { param: group[0], reason: 'blank-row' } : skip?.(index);
      if (reason) skipped.set(index, reason);
    }
  }
  return skipped;
}

/** Rows of paired ranges that the KPI leaves out, one finding per reason; open deals that carry a close date are named apart. */
function checkSkippedRows(def: KpiDefinition, grids: Map<string, Grid>, call: Call): Finding[] {
  const byReason = new Map<SkipReason, { param: string; tally: Tally }>();
  const openWithClose = new Tally();
  for (const [index, { param, reason }] of skippedIn(def, grids, call.skip)) {
    let entry = byReason.get(reason);
    if (!entry) {
      entry = { param, tally: new Tally() };
      byReason.set(reason, entry);
    }
    entry.tally.add(index);
    if (reason === 'open-deal' && param === 'statuses' && grids.has('close_dates') && !call.isBlankAt('close_dates', index)) openWithClose.add(index);
  }
  const findings: Finding[] = [];
  const warning = openWithClose.finding('open-with-close-date', 'close_dates');
  if (warning) findings.push(warning);
  for (const [reason, { param, tally }] of byReason) findings.push(tally.finding('skipped-rows', param, [reason])!);
  return findings;
}

/**
 * Every problem in the arguments of a call of `def`, given as a host passes them (as `runKpi`
 * takes them), where `runKpi` stops at the first. In order: paired ranges of different sizes;
 * then per argument, in signature order, cells of the wrong kind, blanks, duplicates and unknown
 * statuses; then end dates before start dates; then the rows the KPI will skip, with the reason.
 */
export function checkData(def: KpiDefinition, args: readonly unknown[]): Finding[] {
  const grids = argumentGrids(def, args);
  const specs = new Map(def.params.map((spec) => [spec.name, spec]));
  const everyParamScalar = def.params.every((spec) => isScalarKind(spec.kind));
  const checks = new Map<string, CellCheck | undefined>();
  const blanks = new Map<string, Uint8Array>();
  for (const [name, grid] of grids) {
    const check = cellCheck(specs.get(name)!, grid, everyParamScalar);
    checks.set(name, check);
    blanks.set(name, blankCells(grid, check));
  }

  const { orders, decisions } = dateOrders(grids, checks);
  const call: Call = {
    isBlankAt: (param, index) => blanks.get(param)?.[index] !== 0,
    labels: (param) => {
      const grid = grids.get(param);
      if (!grid) return undefined;
      const labels: string[] = [];
      for (let index = 0; index < cellCount(grid); index++) {
        const label = readLabel(cellAt(grid, index));
        if (label !== null) labels.push(label);
      }
      return labels.length > 0 ? labels : undefined;
    },
    dateOrder: (param) => orders.get(param),
    skip: skipRule(def, args),
  };

  const findings: Finding[] = checkSizes(def, grids);
  for (const spec of def.params) {
    const grid = grids.get(spec.name);
    const check = checks.get(spec.name);
    if (!grid || !check) continue;
    findings.push(...checkCells(spec.name, grid, check, blanks.get(spec.name)!, orders.get(spec.name)));
    if (check === 'dates') {
      const order = checkDateOrder(spec.name, grid, decisions.get(spec.name)!, call);
      if (order) findings.push(order);
    }
    if (UNIQUE_PER_ROW_PARAMS.has(spec.name)) {
      const duplicates = checkDuplicates(spec.name, grid);
      if (duplicates) findings.push(duplicates);
    }
    if (STATUS_PARAMS.has(spec.name)) {
      const unknown = checkStatuses(spec.name, grid, call);
      if (unknown) findings.push(unknown);
    }
  }
  findings.push(...checkSpans(grids, call));
  findings.push(...checkSkippedRows(def, grids, call));
  return findings;
}
