// CONVERSION_RATE: the share of one funnel stage that reaches the next.
import { partOfWholeKpi } from './part-of-whole';

export const conversionRate = partOfWholeKpi({
  id: 'CONVERSION_RATE',
  group: 'funnel',
  summary: 'The share of a stage that reaches the next stage, as a fraction (0.2 = 20%).',
  whole: { name: 'from_count', description: 'How many entered the earlier stage (e.g. 100 ebook downloads).' },
  part: { name: 'to_count', description: 'How many of them reached the later stage (e.g. 20 SQLs).' },
  wholeFirst: true,
  examples: [
    { formula: 'CONVERSION_RATE(100, 20)', args: [100, 20], result: 0.2, note: '100 ebook downloads, 20 became SQLs' },
    { formula: 'CONVERSION_RATE(0, 0)', args: [0, 0], result: { error: 'div0' } },
  ],
});
