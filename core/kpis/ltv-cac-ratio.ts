// LTV_CAC_RATIO: lifetime value earned per unit of acquisition cost.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const ltvCacRatio = defineKpi({
  id: 'LTV_CAC_RATIO',
  group: 'economics',
  summary: 'How many times a customer pays back what it cost to acquire (3 or more is often the goal).',
  formula: 'ltv ÷ cac',
  params: [
    { name: 'ltv', kind: 'number', min: 0, description: 'Customer lifetime value.' },
    { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost.' },
  ],
  result: 'ratio',
  errors: [
    { kind: 'div0', when: 'cac is 0' },
    { kind: 'num', when: 'an argument is negative' },
  ],
  examples: [{ formula: 'LTV_CAC_RATIO(38000, 25000)', args: [38000, 25000], result: 1.52 }],
  compute: (ltvValue, cacValue) =>
    cacValue === 0 ? fail('div0', message('zeroNoCostToCompare'), { param: 'cac' }) : ltvValue / cacValue,
});
