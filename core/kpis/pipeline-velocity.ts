// PIPELINE_VELOCITY: how much value the pipeline turns into revenue per unit of the sales cycle.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const pipelineVelocity = defineKpi({
  id: 'PIPELINE_VELOCITY',
  group: 'pipeline',
  summary: 'Revenue the pipeline produces per unit of the sales cycle (per day when the cycle is in days).',
  formula: 'opportunities × avg_deal_value × win_rate ÷ cycle_length',
  params: [
    { name: 'opportunities', kind: 'number', min: 0, fromTable: 'open-deals', description: 'Number of open opportunities in the pipeline.' },
    { name: 'avg_deal_value', kind: 'number', min: 0, fromTable: 'AVG_DEAL_SIZE', description: 'Average value of a won deal.' },
    { name: 'win_rate', kind: 'number', rate: true, fromTable: 'WIN_RATE', description: 'Share of opportunities that are won: 50% or 0.5.' },
    { name: 'cycle_length', kind: 'number', min: 0, fromTable: 'SALES_CYCLE', description: 'Average sales cycle length (e.g. in days).' },
  ],
  result: 'money',
  errors: [
    { kind: 'div0', when: 'cycle_length is 0' },
    { kind: 'num', when: 'an argument is negative, or win_rate is above 1 (write 50% or 0.5)' },
  ],
  examples: [
    { formula: 'PIPELINE_VELOCITY(20, 150000000, 50%, 30)', args: [20, 150000000, '50%', 30], result: 50000000, note: '50,000,000 per day; the source article drops the 20 and calls it monthly' },
    { formula: 'PIPELINE_VELOCITY(20, 150000000, 50, 30)', args: [20, 150000000, 50, 30], result: { error: 'num' }, note: 'a rate of 50 is refused: write 50% or 0.5' },
  ],
  compute: (opportunities, value, rate, cycle) =>
    cycle === 0
      ? fail('div0', message('zeroNoCycle'), { param: 'cycle_length' })
      : (opportunities * value * rate) / cycle,
});
