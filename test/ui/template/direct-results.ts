// The dashboard's numbers computed without a spreadsheet: the core called directly on the sample data.
import { expect } from 'vitest';
import { isKpiError, runKpi, type HostCell, type RunResult } from '../../../core';
import type { Host } from '../../../ui/function-reference';
import type { DashboardPlan } from '../../../ui/template/layout';
import { functionName } from '../../../ui/wizard/formula';
import { dashboardItems, HELPER_BLOCKS, itemKpi, type DashboardArg, type NativeCall } from '../../../ui/template/dashboard';
import type { HelperRangeKey } from '../../../ui/template/template-names';
import type { Language } from '../../../core/translations';
import { sampleColumn, type DataSheetKey, type SampleTable } from '../../../ui/template/sample-data';

type Data = Readonly<Record<DataSheetKey, SampleTable>>;

/** COUNTIF's match as the sample needs it: the same text, ignoring case and surrounding spaces. */
const sameLabel = (cell: unknown, text: string) => cell !== null && String(cell).trim().toLowerCase() === text.toLowerCase();
const values = (data: Data, sheet: DataSheetKey, column: string) => sampleColumn(data as Record<DataSheetKey, SampleTable>, sheet, column).map((row) => row[0]);

function nativeValue(data: Data, call: NativeCall): number {
  const [range, criterion] = call.args;
  if (typeof range === 'string' || 'helper' in range) throw new Error('the direct evaluation reads data columns only');
  const cells = values(data, range.sheet, range.column);
  if (call.fn === 'COUNTA') return cells.filter((c) => c !== null).length;
  return cells.filter((c) => sameLabel(c, criterion as string)).length;
}

const funnelBlock = HELPER_BLOCKS.find((b) => b.key === 'funnelStages')!;

/** A helper range's cells: the funnel block's stages, or its counts of leads per stage reached. */
export function directHelperValue(data: Data, helper: HelperRangeKey): HostCell[][] {
  if (helper === 'funnelStages') return funnelBlock.rows.map((r) => [r.label]);
  if (helper === 'funnelCounts') {
    const stages = values(data, 'leads', 'stage');
    return funnelBlock.rows.map((r) => [r.countIf.reduce((n, c) => n + stages.filter((s) => sameLabel(s, c.equals)).length, 0)]);
  }
  throw new Error(`no direct value for ${helper}`);
}

function directArgument(data: Data, arg: DashboardArg, language: Language): unknown {
  switch (arg.kind) {
    case 'column': return sampleColumn(data as Record<DataSheetKey, SampleTable>, arg.ref.sheet, arg.ref.column);
    // The sample's statuses are Won, Lost and Open, each counting as its own name says.
    case 'statusLabels': return [[arg.outcome === 'won' ? 'Won' : 'Lost']];
    case 'won': {
      const statuses = values(data, 'deals', 'status');
      return values(data, arg.ref.sheet, arg.ref.column).flatMap((cell, i) => (sameLabel(statuses[i], 'Won') ? [[cell]] : []));
    }
    case 'wonTotal': {
      const statuses = values(data, 'deals', 'status');
      const won = statuses.map((s) => sameLabel(s, 'Won'));
      if (arg.of === 'statusCounts') return won.filter(Boolean).length;
      const sums = values(data, 'deals', arg.of === 'statusAmounts' ? 'amount' : 'cost');
      return sums.reduce<number>((total, v, i) => (won[i] ? total + (v as number) : total), 0);
    }
    case 'localText': return arg.value[language];
    case 'helper': return directHelperValue(data, arg.helper);
    case 'native': return nativeValue(data, arg.call);
    case 'number': case 'text': return arg.value;
  }
}

/** Every dashboard item's result by its key, in the dashboard of `language`. */
export function directDashboardResults(data: Data, language: Language = 'en'): Map<string, RunResult> {
  return new Map(dashboardItems().map((item) => [item.key, runKpi(itemKpi(item), item.args.map((arg) => directArgument(data, arg, language)))]));
}

/**
 * A fitted model's table: texts equal, numbers to 6 significant digits. A maximum-likelihood fit iterates
 * from the engine's Math.log and Math.exp, whose last bit may differ between V8 versions (Node, Chromium),
 * and the optimiser, which stops once the gradient is below 10⁻⁹, stops a little elsewhere (about 10⁻⁹ apart).
 */
function expectFitted(got: unknown[][], expected: unknown[][], key: string): void {
  expect(got.length, key).toBe(expected.length);
  got.forEach((row, r) => row.forEach((cell, c) => {
    const want = expected[r][c];
    if (typeof want === 'number' && typeof cell === 'number') expect(Math.abs(cell - want), `${key} row ${r + 1} column ${c + 1}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));
    else expect(cell, `${key} row ${r + 1} column ${c + 1}`).toEqual(want);
  }));
}

/**
 * Asserts that a dashboard written from `plan` shows, at each item's cell, what the core gives on `data`:
 * the number, or the whole spilled table. `read` is the evaluated dashboard sheet, 0-based.
 */
export function expectDashboardToMatchCore(plan: DashboardPlan, host: Host, data: Data, read: (row: number, col: number) => unknown): void {
  const expected = directDashboardResults(data, plan.language);
  for (const item of dashboardItems()) {
    const result = expected.get(item.key)!;
    expect(isKpiError(result), item.key).toBe(false);
    const call = `=${functionName(itemKpi(item), host)}(`;
    const cell = plan.cells.find((c) => typeof c.content === 'string' && c.content.startsWith(call));
    if (!cell) throw new Error(`The plan has no cell calling ${call}`);
    // A "" the core gives is a blank cell: some engines read it back as "", others as null.
    const at = (r: number, c: number) => read(cell.row + r, cell.col + c) ?? '';
    if (typeof result === 'number') expect(at(0, 0), item.key).toBe(result);
    else if (itemKpi(item).group === 'forecast') expectFitted((result as unknown[][]).map((row, r) => row.map((_, c) => at(r, c))), result as unknown[][], item.key);
    else expect((result as unknown[][]).map((row, r) => row.map((_, c) => at(r, c))), item.key).toEqual(result);
  }
}
