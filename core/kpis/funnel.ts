// FUNNEL: a stage-by-stage table of counts and conversions.
import { defineKpi, type RowSkip, type Table } from '../define';
import { fail } from '../errors';
import { message, quoted } from '../messages';

/** The stages FUNNEL leaves out: those with no count. */
const funnelSkips = (counts: Float64Array) => (row: number): RowSkip | undefined =>
  Number.isNaN(counts[row]) ? { param: 'stage_counts', reason: 'no-count' } : undefined;

export const funnel = defineKpi({
  id: 'FUNNEL',
  group: 'funnel',
  summary: 'A table with one row per funnel stage: its count, the conversion from the stage before and from the top.',
  formula: 'count ÷ previous count; count ÷ first count',
  params: [
    { name: 'stage_counts', kind: 'numbers', min: 0, pairedWith: 'stage_labels', description: 'How many reached each stage, from the top of the funnel down.' },
    { name: 'stage_labels', kind: 'labels', optional: true, pairedWith: 'stage_counts', description: 'The name of each stage. Default: the stage number.' },
  ],
  result: 'table',
  columns: ['stage (label or number)', 'count', 'conversion from the previous stage (1 for the first)', 'conversion from the top'],
  columnFormats: ['text', 'number', 'rate', 'rate'],
  errors: [
    { kind: 'num', when: 'a stage is larger than the one before it, or a count is negative' },
    { kind: 'div0', when: 'the first stage is 0, or a stage follows a stage of 0' },
    { kind: 'na', when: 'there are no counts' },
  ],
  examples: [
    {
      formula: 'FUNNEL({1000;250;50}, {"Leads";"SQLs";"Customers"})',
      args: [[[1000], [250], [50]], [['Leads'], ['SQLs'], ['Customers']]],
      result: [['Leads', 1000, 1, 1], ['SQLs', 250, 0.25, 0.25], ['Customers', 50, 0.2, 0.05]],
    },
  ],
  skips: funnelSkips,
  compute: (counts, labels) => {
    const skip = funnelSkips(counts);
    const rows: Table = [];
    let top = NaN;
    let previous = NaN;
    for (let i = 0; i < counts.length; i++) {
      if (skip(i)) continue;
      const count = counts[i];
      const label = labels?.[i] ?? rows.length + 1;
      if (rows.length === 0) {
        if (count === 0) return fail('div0', message('zeroTopOfFunnel'), { param: 'stage_counts', index: i });
        top = count;
      } else if (count > previous) {
        return fail('num', message('largerThanStageBefore', { value: quoted(String(count)), previous: quoted(String(previous)) }), { param: 'stage_counts', index: i });
      } else if (previous === 0) {
        return fail('div0', message('afterZeroStage'), { param: 'stage_counts', index: i });
      }
      rows.push([label, count, rows.length === 0 ? 1 : count / previous, count / top]);
      previous = count;
    }
    return rows.length === 0 ? fail('na', message('hasNoCounts'), { param: 'stage_counts' }) : rows;
  },
});
