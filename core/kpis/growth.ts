// GROWTH: period-over-period growth.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const growth = defineKpi({
  id: 'GROWTH',
  sheetsName: 'KPI_GROWTH',
  group: 'revenue',
  summary: 'Growth from one period to the next, as a fraction (0.1 = 10% up).',
  formula: '(current − previous) ÷ previous',
  params: [
    { name: 'previous', kind: 'number', description: 'The value in the earlier period.' },
    { name: 'current', kind: 'number', description: 'The value in the later period.' },
  ],
  result: 'rate',
  errors: [{ kind: 'div0', when: 'previous is 0' }],
  examples: [
    { formula: 'GROWTH(200000, 250000)', args: [200000, 250000], result: 0.25 },
    { formula: 'GROWTH({100;200}, {150;100})', args: [[[100], [200]], [[150], [100]]], result: [[0.5], [-0.5]], note: 'one call per column' },
  ],
  compute: (previous, current) =>
    previous === 0 ? fail('div0', message('zeroNoGrowth'), { param: 'previous' }) : (current - previous) / previous,
});
