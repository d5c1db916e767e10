// BY_SOURCE: counts, sums and shares per lead or deal source, of won deals when statuses are given.
import { labelKeyer } from '../cells';
import { defineKpi, type KpiTable, type RowSkip } from '../define';
import { fail } from '../errors';
import { message, type Message } from '../messages';
import { DEFAULT_WON, quotedLabels, statusMatcher } from './status-labels';

/** The rows BY_SOURCE leaves out: no source (and no value to put under "(none)"), and with statuses any deal not won. */
function bySourceSkips(
  sources: readonly (string | null)[],
  values?: Float64Array,
  statuses?: readonly (string | null)[],
  wonLabels?: readonly string[],
): (row: number) => RowSkip | undefined {
  const isWon = statuses ? statusMatcher(wonLabels, DEFAULT_WON) : undefined;
  return (row) => {
    if (sources[row] === null && (!values || Number.isNaN(values[row]))) return { param: 'sources', reason: 'no-source' };
    if (!statuses || !isWon) return undefined;
    const status = statuses[row] ?? null;
    if (status === null) return { param: 'statuses', reason: 'no-status' };
    return isWon(status) ? undefined : { param: 'statuses', reason: 'not-won' };
  };
}

const NO_SOURCE: Message = message('noSourceLabel');

export const bySource = defineKpi({
  id: 'BY_SOURCE',
  group: 'sources',
  summary: 'A table with one row per source, largest first: how many, how much, and its share of the total.',
  formula: 'per source: count, Σ values, Σ values ÷ total (or count ÷ total count without values)',
  params: [
    { name: 'sources', kind: 'labels', pairedWith: 'values', description: 'The source of each lead or deal (e.g. web, email, referral).' },
    {
      name: 'values', kind: 'numbers', optional: true, pairedWith: 'sources',
      description: 'An amount for each row (e.g. deal value). Without it, shares are of the count. A value with no source counts under "(none)".',
    },
    {
      name: 'statuses', kind: 'labels', optional: true, pairedWith: 'sources', notProposed: true,
      description: 'The status of each deal; only won deals count (won revenue by source).',
    },
    { name: 'won_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean won. Default: any beginning with ${quotedLabels(DEFAULT_WON)}.` },
  ],
  result: 'table',
  columns: ['source', 'count', 'sum of values (0 without values)', 'share of the total'],
  columnFormats: ['text', 'number', 'money', 'rate'],
  errors: [
    { kind: 'value', when: 'sources, values and statuses differ in size, or a value is not a number' },
    { kind: 'div0', when: 'the values add up to 0' },
    { kind: 'na', when: 'there is no source (or, with statuses, no won deal)' },
  ],
  examples: [
    {
      formula: 'BY_SOURCE({"social";"web";"web"}, {5000;9000;6000})',
      args: [[['social'], ['web'], ['web']], [[5000], [9000], [6000]]],
      result: [['web', 2, 15000, 0.75], ['social', 1, 5000, 0.25]],
      note: 'social media brought 5,000 € of 20,000 €: a share of 0.25',
    },
    {
      formula: 'BY_SOURCE({"web";"";"email"}, {100;300;50})',
      args: [[['web'], [''], ['email']], [[100], [300], [50]]],
      result: [['(none)', 1, 300, 2 / 3], ['web', 1, 100, 2 / 9], ['email', 1, 50, 1 / 9]],
      note: 'a value with no source counts under (none), so the shares add up to 1',
    },
    {
      formula: 'BY_SOURCE({"web";"email";"web"}, {100;300;50}, {"Won";"Lost";"Won"})',
      args: [[['web'], ['email'], ['web']], [[100], [300], [50]], [['Won'], ['Lost'], ['Won']]],
      result: [['web', 2, 150, 1]],
      note: 'won revenue by source',
    },
  ],
  skips: bySourceSkips,
  compute: (sources, values, statuses, wonLabels) => {
    const skip = bySourceSkips(sources, values, statuses, wonLabels);
    const key = labelKeyer();
    const rows = new Map<string, [string | Message, number, number]>();
    let totalCount = 0;
    let totalSum = 0;
    for (let i = 0; i < sources.length; i++) {
      if (skip(i)) continue;
      const source = sources[i];
      const value = values ? values[i] : 0;
      const amount = Number.isNaN(value) ? 0 : value;
      // "\u0000" is no label's key: blank sources get a row of their own.
      const k = source === null ? '\u0000' : key(source);
      const row = rows.get(k);
      if (row) {
        row[1]++;
        row[2] += amount;
      } else {
        rows.set(k, [source ?? NO_SOURCE, 1, amount]);
      }
      totalCount++;
      totalSum += amount;
    }
    if (rows.size === 0) return fail('na', message(statuses ? 'hasNoWonDeal' : 'hasNoSource'), { param: statuses ? 'statuses' : 'sources' });
    if (values && totalSum === 0) return fail('div0', message('zeroNoShare'), { param: 'values' });
    // A stable sort: ties keep the order of first appearance.
    const ordered = [...rows.values()].sort((a, b) => (values ? b[2] - a[2] : b[1] - a[1]));
    const table: KpiTable = ordered.map(([source, count, sum]) => [source, count, sum, values ? sum / totalSum : count / totalCount]);
    return table;
  },
});
