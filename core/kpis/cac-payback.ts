// CAC_PAYBACK: periods of margin needed to earn back the acquisition cost.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const cacPayback = defineKpi({
  id: 'CAC_PAYBACK',
  group: 'economics',
  summary: 'How many periods (e.g. months) of margin it takes to earn back the cost of acquiring a customer.',
  formula: 'cac ÷ (arpa × gross_margin)',
  params: [
    { name: 'cac', kind: 'number', min: 0, description: 'Customer acquisition cost.' },
    { name: 'arpa', kind: 'number', min: 0, description: 'Average revenue per account per period.' },
    { name: 'gross_margin', kind: 'number', optional: true, rate: true, description: 'Gross margin, 80% or 0.8. Default 1.' },
  ],
  result: 'periods',
  errors: [
    { kind: 'div0', when: 'arpa or gross_margin is 0' },
    { kind: 'num', when: 'an argument is negative, or gross_margin is above 1' },
  ],
  examples: [
    { formula: 'CAC_PAYBACK(1200, 100)', args: [1200, 100], result: 12 },
    { formula: 'CAC_PAYBACK(1200, 100, 80%)', args: [1200, 100, '80%'], result: 15 },
  ],
  compute: (cacValue, arpa, margin) => {
    if (arpa === 0) return fail('div0', message('zeroNeverEarnedBack'), { param: 'arpa' });
    if (margin === 0) return fail('div0', message('zeroNeverEarnedBack'), { param: 'gross_margin' });
    return cacValue / (arpa * (margin ?? 1));
  },
});
