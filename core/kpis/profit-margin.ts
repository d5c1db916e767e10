// PROFIT_MARGIN: the revenue-weighted margin of a set of deals.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const profitMargin = defineKpi({
  id: 'PROFIT_MARGIN',
  group: 'revenue',
  summary: 'The average profit margin of your deals, weighted by revenue.',
  formula: '(Σ revenues − Σ costs) ÷ Σ revenues',
  params: [
    { name: 'revenues', kind: 'numbers', pairedWith: 'costs', description: 'The revenue of each deal.' },
    { name: 'costs', kind: 'numbers', pairedWith: 'revenues', description: 'The cost of each deal, row by row with revenues.' },
  ],
  result: 'rate',
  errors: [
    { kind: 'div0', when: 'the revenues add up to 0' },
    { kind: 'value', when: 'the ranges differ in size, or a cell is not a number' },
  ],
  examples: [
    { formula: 'PROFIT_MARGIN({1000;3000}, {600;1400})', args: [[[1000], [3000]], [[600], [1400]]], result: 0.5 },
  ],
  compute: (revenues, costs) => {
    let revenue = 0;
    let cost = 0;
    for (let i = 0; i < revenues.length; i++) {
      if (!Number.isNaN(revenues[i])) revenue += revenues[i];
      if (!Number.isNaN(costs[i])) cost += costs[i];
    }
    if (revenue === 0) return fail('div0', message('zeroNoMargin'), { param: 'revenues' });
    return (revenue - cost) / revenue;
  },
});
