// NPS_BREAKDOWN: promoters, passives and detractors as a table.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { countNps, SCORES_PARAM } from './nps-counts';

export const npsBreakdown = defineKpi({
  id: 'NPS_BREAKDOWN',
  group: 'loyalty',
  summary: 'A three-row table — Promoters, Passives, Detractors — with each group\'s count and share of responses.',
  formula: 'count per group; count ÷ responses',
  params: [SCORES_PARAM],
  result: 'table',
  columns: ['group (Promoters, Passives, Detractors)', 'count', 'share of responses'],
  columnFormats: ['text', 'number', 'rate'],
  errors: [
    { kind: 'value', when: 'a score is not a whole number 0–10 (the message names it)' },
    { kind: 'div0', when: 'there are no responses' },
  ],
  examples: [
    {
      formula: 'NPS_BREAKDOWN({10;10;9;5})',
      args: [[[10], [10], [9], [5]]],
      result: [['Promoters', 3, 0.75], ['Passives', 0, 0], ['Detractors', 1, 0.25]],
    },
  ],
  compute: (scores) => {
    const { promoters, passives, detractors, responses } = countNps(scores);
    if (responses === 0) return fail('div0', message('hasNoResponses'), { param: 'scores' });
    return [
      ['Promoters', promoters, promoters / responses],
      ['Passives', passives, passives / responses],
      ['Detractors', detractors, detractors / responses],
    ];
  },
});
