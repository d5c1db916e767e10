// CAC: customer acquisition cost.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message, quoted } from '../messages';

export const cac = defineKpi({
  id: 'CAC',
  group: 'economics',
  summary: 'What it costs to win one new customer: all acquisition spend divided by new customers.',
  formula: 'Σ spend ÷ new_customers',
  params: [
    { name: 'spend', kind: 'numbers', description: 'Acquisition spend: one amount, or a range of cost lines (ads, salaries, commissions, content, tools) that is summed.' },
    { name: 'new_customers', kind: 'number', min: 0, description: 'New customers won in the same period.' },
  ],
  result: 'money',
  errors: [
    { kind: 'div0', when: 'new_customers is 0' },
    { kind: 'num', when: 'new_customers or the total spend is negative' },
    { kind: 'na', when: 'spend is empty' },
  ],
  examples: [
    { formula: 'CAC(14000000, 560)', args: [14000000, 560], result: 25000, note: 'a customer worth 38,000 then earns 13,000' },
    { formula: 'CAC(10000, 20)', args: [10000, 20], result: 500 },
    { formula: 'CAC({6000;2500;1500}, 20)', args: [[[6000], [2500], [1500]], 20], result: 500, note: 'cost lines are summed' },
  ],
  compute: (spend, customers) => {
    if (spend.length === 0) return fail('na', message('hasNoAmounts'), { param: 'spend' });
    let total = 0;
    for (let i = 0; i < spend.length; i++) total += spend[i];
    if (customers === 0) return fail('div0', message('zeroNoCustomer'), { param: 'new_customers' });
    if (total < 0) return fail('num', message('addsUpBelowZero', { value: quoted(String(total)) }), { param: 'spend' });
    return total / customers;
  },
});
