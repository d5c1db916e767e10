// MQL_TO_SQL_RATE: how many marketing-qualified leads become sales-qualified.
import { partOfWholeKpi } from './part-of-whole';

export const mqlToSqlRate = partOfWholeKpi({
  id: 'MQL_TO_SQL_RATE',
  group: 'funnel',
  summary: 'The share of marketing-qualified leads (MQLs) that became sales-qualified leads (SQLs).',
  whole: { name: 'mqls', description: 'Number of marketing-qualified leads.' },
  part: { name: 'sqls', description: 'Number of those leads that became sales-qualified.' },
  wholeFirst: true,
  examples: [
    { formula: 'MQL_TO_SQL_RATE(8000, 2000)', args: [8000, 2000], result: 0.25, note: '8000 ebook downloads, 2000 reached a proposal' },
    { formula: 'MQL_TO_SQL_RATE("۸٬۰۰۰", "۲۰۰۰")', args: ['۸٬۰۰۰', '۲۰۰۰'], result: 0.25, note: 'Persian digits are read as numbers' },
  ],
});
