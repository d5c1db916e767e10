// CLV: customer lifetime value from purchase value, frequency and lifespan.
import { defineKpi } from '../define';

export const clv = defineKpi({
  id: 'CLV',
  group: 'economics',
  summary: 'What a customer is worth over the relationship: purchase value × purchases per period × periods × margin.',
  formula: 'avg_purchase_value × purchases_per_period × periods × margin',
  params: [
    { name: 'avg_purchase_value', kind: 'number', min: 0, description: 'Average value of one purchase.' },
    { name: 'purchases_per_period', kind: 'number', min: 0, description: 'Average purchases per customer per period (e.g. per year).' },
    { name: 'periods', kind: 'number', min: 0, description: 'How many periods a customer stays (e.g. years).' },
    { name: 'margin', kind: 'number', optional: true, rate: true, description: 'Gross margin, 40% or 0.4. Default 1: revenue CLV.' },
  ],
  result: 'money',
  errors: [{ kind: 'num', when: 'an argument is negative, or margin is above 1 (write 40% or 0.4)' }],
  examples: [
    { formula: 'CLV(200, 4, 3)', args: [200, 4, 3], result: 2400 },
    { formula: 'CLV(200, 4, 3, 25%)', args: [200, 4, 3, '25%'], result: 600 },
  ],
  compute: (value, frequency, periods, margin) => value * frequency * periods * (margin ?? 1),
});
