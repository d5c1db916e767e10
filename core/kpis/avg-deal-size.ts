// AVG_DEAL_SIZE: the mean deal amount, of won deals when statuses are given.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { DEFAULT_WON, quotedLabels, statusMatcher } from './status-labels';

export const avgDealSize = defineKpi({
  id: 'AVG_DEAL_SIZE',
  group: 'pipeline',
  summary: 'The average deal amount; with a status column, of won deals only.',
  formula: 'Σ amounts ÷ number of deals',
  params: [
    { name: 'amounts', kind: 'numbers', pairedWith: 'statuses', description: 'The amount of each deal.' },
    { name: 'statuses', kind: 'labels', optional: true, pairedWith: 'amounts', description: 'The status of each deal; only won deals are averaged.' },
    { name: 'won_label', kind: 'text', optional: true, description: `The status that means won. Default: any of ${quotedLabels(DEFAULT_WON)}.` },
  ],
  result: 'money',
  errors: [
    { kind: 'div0', when: 'there is no amount to average (or no won deal)' },
    { kind: 'value', when: 'amounts and statuses differ in size, or an amount is not a number' },
  ],
  examples: [
    { formula: 'AVG_DEAL_SIZE({1000;3000;5000})', args: [[[1000], [3000], [5000]]], result: 3000 },
    {
      formula: 'AVG_DEAL_SIZE({1000;3000;5000}, {"Won";"Lost";"Won"})',
      args: [[[1000], [3000], [5000]], [['Won'], ['Lost'], ['Won']]],
      result: 3000,
    },
  ],
  compute: (amounts, statuses, wonLabel) => {
    const isWon = statuses ? statusMatcher(wonLabel, DEFAULT_WON) : undefined;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < amounts.length; i++) {
      const amount = amounts[i];
      if (Number.isNaN(amount) || (isWon && !isWon(statuses![i]))) continue;
      sum += amount;
      count++;
    }
    if (count === 0) return fail('div0', message(statuses ? 'hasNoWonAmount' : 'hasNoAmountToAverage'), { param: statuses ? 'statuses' : 'amounts' });
    return sum / count;
  },
});
