// NPS: Net Promoter Score.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { countNps, SCORES_PARAM } from './nps-counts';

export const nps = defineKpi({
  id: 'NPS',
  group: 'loyalty',
  summary: 'Net Promoter Score from −100 to 100: the share of promoters (9–10) minus the share of detractors (0–6).',
  formula: '100 × (promoters − detractors) ÷ responses',
  params: [SCORES_PARAM],
  result: 'score',
  errors: [
    { kind: 'value', when: 'a score is not a whole number 0–10 (the message names it)' },
    { kind: 'div0', when: 'there are no responses' },
  ],
  examples: [
    { formula: 'NPS({10;9;8;7;6;0})', args: [[[10], [9], [8], [7], [6], [0]]], result: 0 },
    { formula: 'NPS({10;10;9;5})', args: [[[10], [10], [9], [5]]], result: 50 },
    { formula: 'NPS({10;"abc"})', args: [[[10], ['abc']]], result: { error: 'value' } },
  ],
  compute: (scores) => {
    const { promoters, detractors, responses } = countNps(scores);
    if (responses === 0) return fail('div0', message('hasNoResponses'), { param: 'scores' });
    return (100 * (promoters - detractors)) / responses;
  },
});
