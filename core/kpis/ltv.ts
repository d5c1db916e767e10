// LTV: subscription lifetime value.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

export const ltv = defineKpi({
  id: 'LTV',
  group: 'economics',
  summary: 'Lifetime value of a subscription customer: revenue per account × margin ÷ churn rate.',
  formula: 'arpa × gross_margin ÷ churn_rate',
  params: [
    { name: 'arpa', kind: 'number', min: 0, description: 'Average revenue per account per period (e.g. per month).' },
    { name: 'churn_rate', kind: 'number', rate: true, description: 'Share of accounts lost per period, 5% or 0.05.' },
    { name: 'gross_margin', kind: 'number', optional: true, rate: true, description: 'Gross margin, 80% or 0.8. Default 1.' },
  ],
  result: 'money',
  errors: [
    { kind: 'div0', when: 'churn_rate is 0' },
    { kind: 'num', when: 'arpa is negative, or a rate is outside 0 to 1 (write 5% or 0.05)' },
  ],
  examples: [
    { formula: 'LTV(100, 5%)', args: [100, '5%'], result: 2000 },
    { formula: 'LTV(100, 0.05, 0.8)', args: [100, 0.05, 0.8], result: 1600 },
  ],
  compute: (arpa, churn, margin) =>
    churn === 0
      ? fail('div0', message('zeroEndlessLifetime'), { param: 'churn_rate' })
      : (arpa * (margin ?? 1)) / churn,
});
