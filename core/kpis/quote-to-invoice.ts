// QUOTE_TO_INVOICE: how many quotes (pro-forma invoices) become invoices.
import { partOfWholeKpi } from './part-of-whole';

export const quoteToInvoice = partOfWholeKpi({
  id: 'QUOTE_TO_INVOICE',
  group: 'funnel',
  summary: 'The share of quotes (pro-forma invoices) that became invoices.',
  whole: { name: 'quotes', description: 'Number of quotes sent.' },
  part: { name: 'invoices', description: 'Number of those quotes that were invoiced.' },
  wholeFirst: true,
  examples: [{ formula: 'QUOTE_TO_INVOICE(80, 60)', args: [80, 60], result: 0.75 }],
});
