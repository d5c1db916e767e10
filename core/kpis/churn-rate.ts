// CHURN_RATE: the share of customers lost in a period.
import { partOfWholeKpi } from './part-of-whole';

export const churnRate = partOfWholeKpi({
  id: 'CHURN_RATE',
  group: 'economics',
  summary: 'The share of the customers at the start of a period that were lost during it.',
  whole: { name: 'customers_at_start', description: 'Customers at the start of the period.' },
  part: { name: 'customers_lost', description: 'Customers lost during the period.' },
  wholeFirst: true,
  examples: [{ formula: 'CHURN_RATE(200, 10)', args: [200, 10], result: 0.05 }],
});
