// The distinct statuses of a deals status column, with their deals and what each counts as by the catalog's default labels.
import { isBlank, readLabel, type HostCell } from '../../core';
import { outcomeReader, type DealOutcome } from '../../core/kpis/status-labels';

/** A status value of the deals and what it counts as: the status block's rows. */
export interface StatusRow {
  readonly value: string;
  readonly outcome: DealOutcome;
}

/**
 * The distinct statuses of a status column (ignoring case, as COUNTIF compares them), with how many
 * deals have each, largest first, and what each counts as by the catalog's default labels.
 */
export function statusRows(cells: readonly HostCell[]): (StatusRow & { readonly count: number })[] {
  const outcome = outcomeReader(undefined, undefined);
  const seen = new Map<string, { value: string; count: number; order: number }>();
  for (const cell of cells) {
    if (isBlank(cell) || readLabel(cell) === null) continue;
    const text = typeof cell === 'string' ? cell : readLabel(cell)!;
    const key = text.toLowerCase();
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { value: text, count: 1, order: seen.size });
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.order - b.order).map(({ value, count }) => ({ value, count, outcome: outcome(value) }));
}
