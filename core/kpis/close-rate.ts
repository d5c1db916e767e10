// CLOSE_RATE: lead-to-close rate.
import { partOfWholeKpi } from './part-of-whole';

export const closeRate = partOfWholeKpi({
  id: 'CLOSE_RATE',
  group: 'funnel',
  summary: 'The share of leads that became paying customers (lead-to-close rate).',
  whole: { name: 'leads', description: 'Number of leads in the period.' },
  part: { name: 'customers', description: 'Number of those leads that became customers.' },
  wholeFirst: true,
  examples: [{ formula: 'CLOSE_RATE(400, 52)', args: [400, 52], result: 0.13 }],
});
