// AVG_DEAL_SIZE: the mean deal amount, of won deals when statuses are given.
import { defineKpi, type RowSkip } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { DEFAULT_WON, quotedLabels, statusMatcher } from './status-labels';

/** The deals AVG_DEAL_SIZE leaves out: no amount, and with statuses any deal not won. */
function dealSizeSkips(amounts: Float64Array, statuses?: readonly (string | null)[], wonLabels?: readonly string[]): (row: number) => RowSkip | undefined {
  const isWon = statuses ? statusMatcher(wonLabels, DEFAULT_WON) : undefined;
  return (row) => {
    if (Number.isNaN(amounts[row])) return { param: 'amounts', reason: 'no-amount' };
    if (!statuses || !isWon) return undefined;
    const status = statuses[row] ?? null;
    if (status === null) return { param: 'statuses', reason: 'no-status' };
    return isWon(status) ? undefined : { param: 'statuses', reason: 'not-won' };
  };
}

export const avgDealSize = defineKpi({
  id: 'AVG_DEAL_SIZE',
  group: 'pipeline',
  summary: 'The average deal amount; with a status column, of won deals only.',
  formula: 'Σ amounts ÷ number of deals',
  params: [
    { name: 'amounts', kind: 'numbers', pairedWith: 'statuses', description: 'The amount of each deal.' },
    { name: 'statuses', kind: 'labels', optional: true, pairedWith: 'amounts', description: 'The status of each deal; only won deals are averaged.' },
    { name: 'won_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean won. Default: any beginning with ${quotedLabels(DEFAULT_WON)}.` },
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
    {
      formula: 'AVG_DEAL_SIZE({"$17,150.00";"€ 17.100,00";"(1,200.00)"}, {"Closed Won";"Closed Won (renewal)";"Closed Lost"})',
      args: [[['$17,150.00'], ['€ 17.100,00'], ['(1,200.00)']], [['Closed Won'], ['Closed Won (renewal)'], ['Closed Lost']]],
      result: 17125,
      note: 'amounts as CRMs write them; the currency is not converted',
    },
  ],
  skips: dealSizeSkips,
  compute: (amounts, statuses, wonLabels) => {
    const skip = dealSizeSkips(amounts, statuses, wonLabels);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < amounts.length; i++) {
      if (skip(i)) continue;
      sum += amounts[i];
      count++;
    }
    if (count === 0) return fail('div0', message(statuses ? 'hasNoWonAmount' : 'hasNoAmountToAverage'), { param: statuses ? 'statuses' : 'amounts' });
    return sum / count;
  },
});
