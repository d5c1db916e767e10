// The wizard's data check: every problem in the ranges chosen for a KPI call, found before the formula is inserted.
import { renderValue } from '../../core/messages/render';
import {
  describeCell, isBlank, isBlankDate, isScalarKind, labelKeyer, readDate, readLabel, readNumber,
  type HostCell, type KpiDefinition, type ParamSpec,
} from '../../core';
import { DEFAULT_LOST, DEFAULT_WON, statusMatcher } from '../../core/kpis/status-labels';
import { argumentGrid, cellAt, cellCount, type Grid } from '../../core/read-args';

export interface Finding {
  readonly kind: 'size-mismatch' | 'text-among-numbers' | 'not-a-date' | 'blanks' | 'close-before-start' | 'unknown-status' | 'duplicate-ids' | 'skipped-rows';
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

/** Why a row of ranges read in pairs adds nothing to the result. */
export type SkipReason =
  | 'blank-row'
  | 'open-deal'
  | 'no-start-date'
  | 'no-response'
  | 'no-arrival-time'
  | 'no-amount'
  | 'no-status'
  | 'not-won'
  | 'no-source'
  | 'no-count';

type Skip = readonly [param: string, reason: SkipReason];

/** One call's arguments as the checks read them. */
interface Call {
  /** Whether a cell is blank as its parameter reads it (0 is a blank date). */
  readonly isBlankAt: (param: string, index: number) => boolean;
  readonly labelAt: (param: string, index: number) => string | null;
  /** A text argument such as `won_label`; undefined when left out or blank. */
  readonly text: (param: string) => string | undefined;
}

/**
 * Per KPI, which of the rows of its paired ranges (not wholly blank) the KPI leaves out, and why,
 * as its compute function does. A KPI without a rule skips only blank rows.
 */
const SKIP_RULES: Readonly<Record<string, (call: Call) => (index: number) => Skip | undefined>> = {
  SALES_CYCLE: (call) => (index) => {
    if (call.isBlankAt('close_dates', index)) return ['close_dates', 'open-deal'];
    if (call.isBlankAt('start_dates', index)) return ['start_dates', 'no-start-date'];
    return undefined;
  },
  AVG_RESPONSE_TIME: (call) => (index) => {
    if (call.isBlankAt('responded', index)) return ['responded', 'no-response'];
    if (call.isBlankAt('received', index)) return ['received', 'no-arrival-time'];
    return undefined;
  },
  AVG_DEAL_SIZE: (call) => {
    const isWon = statusMatcher(call.text('won_label'), DEFAULT_WON);
    return (index) => {
      if (call.isBlankAt('amounts', index)) return ['amounts', 'no-amount'];
      if (call.isBlankAt('statuses', index)) return ['statuses', 'no-status'];
      if (!isWon(call.labelAt('statuses', index))) return ['statuses', 'not-won'];
      return undefined;
    };
  },
  BY_SOURCE: (call) => (index) => (call.isBlankAt('sources', index) ? ['sources', 'no-source'] : undefined),
  FUNNEL: (call) => (index) => (call.isBlankAt('stage_counts', index) ? ['stage_counts', 'no-count'] : undefined),
};

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
function checkCells(name: string, grid: Grid, check: CellCheck, blank: Uint8Array): Finding[] {
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
    } else if (check === 'dates' && Number.isNaN(readDate(cell))) {
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
  const isWon = statusMatcher(call.text('won_label'), DEFAULT_WON);
  const isLost = statusMatcher(call.text('lost_label'), DEFAULT_LOST);
  const key = labelKeyer();
  const unknown = new Tally();
  const size = cellCount(grid);
  for (let index = 0; index < size; index++) {
    const status = readLabel(cellAt(grid, index));
    if (status !== null && !isWon(status) && !isLost(status)) unknown.add(index, status, key(status));
  }
  return unknown.finding('unknown-status', name);
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
    for (let index = 0; index < rows; index++) {
      if (call.isBlankAt(start, index) || call.isBlankAt(end, index)) continue;
      if (readDate(cellAt(ends, index)) < readDate(cellAt(starts, index))) backwards.add(index);
    }
    const finding = backwards.finding('close-before-start', end);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Rows of paired ranges that the KPI leaves out, one finding per reason. */
function checkSkippedRows(def: KpiDefinition, grids: Map<string, Grid>, call: Call): Finding[] {
  const findings: Finding[] = [];
  const makeRule = SKIP_RULES[def.id];
  for (const group of pairedGroups(def, grids)) {
    const rule = makeRule?.(call);
    const rows = Math.min(...group.map((name) => cellCount(grids.get(name)!)));
    const byReason = new Map<SkipReason, { param: string; tally: Tally }>();
    for (let index = 0; index < rows; index++) {
      const skip: Skip | undefined = group.every((name) => call.isBlankAt(name, index))
        ? [group[0], 'blank-row']
        : rule?.(index);
      if (!skip) continue;
      const [param, reason] = skip;
      let entry = byReason.get(reason);
      if (!entry) {
        entry = { param, tally: new Tally() };
        byReason.set(reason, entry);
      }
      entry.tally.add(index);
    }
    for (const [reason, { param, tally }] of byReason) findings.push(tally.finding('skipped-rows', param, [reason])!);
  }
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

  const call: Call = {
    isBlankAt: (param, index) => blanks.get(param)?.[index] !== 0,
    labelAt: (param, index) => {
      const grid = grids.get(param);
      return grid ? readLabel(cellAt(grid, index)) : null;
    },
    text: (param) => {
      const grid = grids.get(param);
      return grid && cellCount(grid) > 0 ? readLabel(cellAt(grid, 0)) ?? undefined : undefined;
    },
  };

  const findings: Finding[] = checkSizes(def, grids);
  for (const spec of def.params) {
    const grid = grids.get(spec.name);
    const check = checks.get(spec.name);
    if (!grid || !check) continue;
    findings.push(...checkCells(spec.name, grid, check, blanks.get(spec.name)!));
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
