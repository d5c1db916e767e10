// A number argument proposed from the detected table as a formula over its columns, as the parameter's `fromTable` declares.
import { findKpi, isColumnKind, type HostCell, type ParamSpec } from '../../core';
import { proposeColumns, type ColumnSample } from './columns';
import type { ArgumentChoice } from './formula';
import type { RangeRef } from './host';
import { statusRows } from './status-values';

/**
 * The formula the table gives for `param`: another KPI over the columns the matcher proposes for it, or
 * the deals whose status is neither won nor lost (the whole status column read through `read`, so the
 * count is exact). Undefined when the parameter declares none or the table lacks the columns.
 */
export async function tableChoice(
  param: ParamSpec,
  columns: readonly (ColumnSample & { readonly ref: RangeRef })[],
  read: (ref: RangeRef) => Promise<readonly HostCell[]>,
): Promise<ArgumentChoice | undefined> {
  if (!param.fromTable) return undefined;
  if (param.fromTable === 'open-deals') {
    const status = proposeColumns(findKpi('WIN_RATE')!, columns).statuses;
    if (!status) return undefined;
    const ref = columns[status.column].ref;
    return { kind: 'openCount', ref, closed: statusRows(await read(ref)).filter((row) => row.outcome !== 'open').map((row) => row.value) };
  }
  const sub = findKpi(param.fromTable)!;
  const matches = proposeColumns(sub, columns);
  if (sub.params.some((p) => !p.optional && isColumnKind(p.kind) && !matches[p.name])) return undefined;
  const args = sub.params.map((p): ArgumentChoice => {
    const match = matches[p.name];
    return match ? { kind: 'range', ref: columns[match.column].ref } : { kind: 'omitted' };
  });
  return { kind: 'call', def: sub, args };
}
