// NEW_BUSINESS_SHARE: the part of sales that came from new customers.
import { partOfWholeKpi } from './part-of-whole';

export const newBusinessShare = partOfWholeKpi({
  id: 'NEW_BUSINESS_SHARE',
  group: 'sources',
  summary: 'The share of total sales that came from new customers.',
  part: { name: 'new_customer_sales', description: 'Sales to customers new in the period.' },
  whole: { name: 'total_sales', description: 'All sales in the period.' },
  wholeFirst: false,
  examples: [{ formula: 'NEW_BUSINESS_SHARE(5000, 20000)', args: [5000, 20000], result: 0.25 }],
});
