// BY_SOURCE: counts, sums and shares per lead or deal source.
import { labelKeyer } from '../cells';
import { defineKpi, type Table } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const bySource = defineKpi({
  id: 'BY_SOURCE',
  group: 'sources',
  summary: 'A table with one row per source, largest first: how many, how much, and its share of the total.',
  formula: 'per source: count, Σ values, Σ values ÷ total (or count ÷ total count without values)',
  params: [
    { name: 'sources', kind: 'labels', pairedWith: 'values', description: 'The source of each lead or deal (e.g. web, email, referral).' },
    { name: 'values', kind: 'numbers', optional: true, pairedWith: 'sources', description: 'An amount for each row (e.g. deal value). Without it, shares are of the count.' },
  ],
  result: 'table',
  columns: ['source', 'count', 'sum of values (0 without values)', 'share of the total'],
  columnFormats: ['text', 'number', 'money', 'rate'],
  errors: [
    { kind: 'value', when: 'sources and values differ in size, or a value is not a number' },
    { kind: 'div0', when: 'the values add up to 0' },
    { kind: 'na', when: 'there is no source' },
  ],
  examples: [
    {
      formula: 'BY_SOURCE({"social";"web";"web"}, {5000;9000;6000})',
      args: [[['social'], ['web'], ['web']], [[5000], [9000], [6000]]],
      result: [['web', 2, 15000, 0.75], ['social', 1, 5000, 0.25]],
      note: 'social media brought 5,000 € of 20,000 €: a share of 0.25',
    },
  ],
  compute: (sources, values) => {
    const key = labelKeyer();
    const rows = new Map<string, [string, number, number]>();
    let totalCount = 0;
    let totalSum = 0;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      if (source === null) continue;
      const value = values ? values[i] : 0;
      const amount = Number.isNaN(value) ? 0 : value;
      const k = key(source);
      const row = rows.get(k);
      if (row) {
        row[1]++;
        row[2] += amount;
      } else {
        rows.set(k, [source, 1, amount]);
      }
      totalCount++;
      totalSum += amount;
    }
    if (rows.size === 0) return fail('na', message('hasNoSource'), { param: 'sources' });
    if (values && totalSum === 0) return fail('div0', message('zeroNoShare'), { param: 'values' });
    const ordered = [...rows.values()].sort((a, b) => (values ? b[2] - a[2] : b[1] - a[1]));
    const table: Table = ordered.map(([source, count, sum]) => [source, count, sum, values ? sum / totalSum : count / totalCount]);
    return table;
  },
});
