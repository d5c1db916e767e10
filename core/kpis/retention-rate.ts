// RETENTION_RATE: the share of starting customers still there at the end.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { code, message, quoted } from '../messages';

export const retentionRate = defineKpi({
  id: 'RETENTION_RATE',
  group: 'economics',
  summary: 'The share of the customers at the start of a period still customers at its end, new customers left out.',
  formula: '(customers_at_end − new_customers) ÷ customers_at_start',
  params: [
    { name: 'customers_at_start', kind: 'number', min: 0, description: 'Customers at the start of the period.' },
    { name: 'customers_at_end', kind: 'number', min: 0, description: 'Customers at the end of the period.' },
    { name: 'new_customers', kind: 'number', min: 0, description: 'Customers won during the period.' },
  ],
  result: 'rate',
  errors: [
    { kind: 'div0', when: 'customers_at_start is 0' },
    { kind: 'num', when: 'new_customers is more than customers_at_end, more customers are kept than there were, or an argument is negative' },
  ],
  examples: [{ formula: 'RETENTION_RATE(200, 210, 30)', args: [200, 210, 30], result: 0.9 }],
  compute: (start, end, added) => {
    if (start === 0) return fail('div0', message('zeroNoOneToRetain'), { param: 'customers_at_start' });
    if (added > end) return fail('num', message('moreThan', { value: quoted(String(added)), other: code('customers_at_end'), limit: quoted(String(end)) }), { param: 'new_customers' });
    if (end - added > start) {
      return fail('num', message('minusNewMoreThanStart', { value: quoted(String(end - added)), newCustomers: code('new_customers'), start: code('customers_at_start'), limit: quoted(String(start)) }), { param: 'customers_at_end' });
    }
    return (end - added) / start;
  },
});
