// CONVERSATION_TO_DEMO: how many sales conversations lead to a demo.
import { partOfWholeKpi } from './part-of-whole';

export const conversationToDemo = partOfWholeKpi({
  id: 'CONVERSATION_TO_DEMO',
  group: 'funnel',
  summary: 'The share of sales conversations that led to a product demo.',
  whole: { name: 'conversations', description: 'Number of sales conversations held.' },
  part: { name: 'demos', description: 'Number of demos that followed from them.' },
  wholeFirst: true,
  examples: [{ formula: 'CONVERSATION_TO_DEMO(120, 30)', args: [120, 30], result: 0.25 }],
});
