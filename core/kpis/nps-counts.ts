// Counting promoters, passives and detractors, shared by NPS and NPS_BREAKDOWN.
import type { ParamSpec } from '../define';

export const SCORES_PARAM = {
  name: 'scores',
  kind: 'numbers',
  integer: true,
  min: 0,
  max: 10,
  outOfRange: 'value',
  description: 'Survey answers to "How likely are you to recommend us?", each a whole number 0–10.',
} as const satisfies ParamSpec;

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

export function countNps(scores: Float64Array): NpsCounts {
  let promoters = 0;
  let passives = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score >= 9) promoters++;
    else if (score >= 7) passives++;
  }
  return { promoters, passives, detractors: scores.length - promoters - passives, responses: scores.length };
}
