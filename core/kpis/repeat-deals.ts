// REPEAT_DEALS: how many more deals an account brings after its first.
import { labelKeyer } from '../cells';
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const repeatDeals = defineKpi({
  id: 'REPEAT_DEALS',
  group: 'pipeline',
  summary: 'The average number of deals per account after its first one.',
  formula: '(deals − distinct accounts) ÷ distinct accounts',
  params: [{ name: 'accounts', kind: 'labels', description: 'The account of each deal, one row per deal.' }],
  result: 'ratio',
  errors: [{ kind: 'div0', when: 'there are no accounts' }],
  examples: [
    { formula: 'REPEAT_DEALS({"Acme";"Acme";"Beta";"ACME "})', args: [[['Acme'], ['Acme'], ['Beta'], ['ACME ']]], result: 1, note: '4 deals, 2 accounts' },
  ],
  compute: (accounts) => {
    const key = labelKeyer();
    const distinct = new Set<string>();
    for (const account of accounts) distinct.add(key(account!));
    if (distinct.size === 0) return fail('div0', message('hasNoAccount'), { param: 'accounts' });
    return (accounts.length - distinct.size) / distinct.size;
  },
});
