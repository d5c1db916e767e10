// REVENUE_PER_REP: revenue per sales representative.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const revenuePerRep = defineKpi({
  id: 'REVENUE_PER_REP',
  group: 'revenue',
  summary: 'Revenue per sales rep: total revenue divided by the number of reps.',
  formula: 'Σ revenue ÷ reps',
  params: [
    { name: 'revenue', kind: 'numbers', description: 'Revenue: one amount or a range that is summed.' },
    { name: 'reps', kind: 'count-or-names', description: 'The number of reps, or a range of rep names (each distinct name counted once).' },
  ],
  result: 'money',
  errors: [
    { kind: 'div0', when: 'there are no reps' },
    { kind: 'num', when: 'the headcount is negative' },
    { kind: 'na', when: 'revenue is empty' },
  ],
  examples: [
    { formula: 'REVENUE_PER_REP(900000, 3)', args: [900000, 3], result: 300000 },
    {
      formula: 'REVENUE_PER_REP({100;200;300}, {"Sara";"Nikos";"sara"})',
      args: [[[100], [200], [300]], [['Sara'], ['Nikos'], ['sara']]],
      result: 300,
      note: 'two distinct reps',
    },
  ],
  compute: (revenue, reps) => {
    if (revenue.length === 0) return fail('na', message('hasNoAmounts'), { param: 'revenue' });
    let total = 0;
    for (let i = 0; i < revenue.length; i++) total += revenue[i];
    return reps === 0 ? fail('div0', message('hasNoRep'), { param: 'reps' }) : total / reps;
  },
});
