// CSAT: customer satisfaction, the share of satisfied responses.
import { describeCell, labelKey, readNumber } from '../cells';
import { defineKpi } from '../define';
import { fail } from '../errors';
import { code, message, quoted } from '../messages';

/** Text ratings on the four-step scale, best first, in English, Persian and Greek. */
const TEXT_RATINGS: readonly (readonly string[])[] = [
  ['excellent', 'عالی', 'Εξαιρετικό'],
  ['good', 'خوب', 'Καλό'],
  ['average', 'متوسط', 'Μέτριο'],
  ['poor', 'ضعیف', 'Κακό'],
];
const TEXT_STEP = new Map(TEXT_RATINGS.flatMap((spellings, step) => spellings.map((s) => [labelKey(s), step] as const)));
/** "good" and above count as satisfied. */
const SATISFIED_STEPS = 2;

export const csat = defineKpi({
  id: 'CSAT',
  group: 'loyalty',
  summary: 'Customer satisfaction: the share of ratings at or above the threshold (by default 4 or 5 on a 1–5 scale).',
  formula: 'ratings ≥ threshold ÷ ratings',
  params: [
    { name: 'ratings', kind: 'cells', description: 'Ratings 1..scale, or text: excellent / good / average / poor (also in Persian or Greek).' },
    { name: 'scale', kind: 'number', optional: true, integer: true, min: 2, description: 'The top of the rating scale. Default 5.' },
    { name: 'threshold', kind: 'number', optional: true, integer: true, min: 1, description: 'The lowest satisfied rating. Default: scale − 1 (the top two boxes).' },
  ],
  result: 'rate',
  errors: [
    { kind: 'value', when: 'a rating is outside 1..scale or unknown text, or numbers and text are mixed' },
    { kind: 'num', when: 'threshold is above scale' },
    { kind: 'div0', when: 'there are no ratings' },
  ],
  examples: [
    { formula: 'CSAT({5;4;3;5})', args: [[[5], [4], [3], [5]]], result: 0.75 },
    { formula: 'CSAT({"عالی";"خوب";"ضعیف";"Κακό"})', args: [[['عالی'], ['خوب'], ['ضعیف'], ['Κακό']]], result: 0.5 },
    { formula: 'CSAT({10;9;7}, 10, 9)', args: [[[10], [9], [7]], 10, 9], result: 2 / 3 },
  ],
  compute: (ratings, scale = 5, threshold = scale - 1) => {
    if (threshold > scale) return fail('num', message('aboveScale', { value: quoted(String(threshold)), scale: code('scale'), limit: quoted(String(scale)) }), { param: 'threshold' });
    let numbers = 0;
    let texts = 0;
    let satisfied = 0;
    for (let i = 0; i < ratings.length; i++) {
      const cell = ratings[i];
      if (cell === null) continue;
      const value = typeof cell === 'boolean' || cell instanceof Date ? NaN : readNumber(cell);
      if (!Number.isNaN(value)) {
        if (!Number.isInteger(value) || value < 1 || value > scale) {
          return fail('value', message('notWholeRating', { value: describeCell(cell), scale: quoted(String(scale)) }), { param: 'ratings', index: i });
        }
        numbers++;
        if (value >= threshold) satisfied++;
        continue;
      }
      const step = typeof cell === 'string' ? TEXT_STEP.get(labelKey(cell)) : undefined;
      if (step === undefined) {
        return fail('value', message('notRating', { value: describeCell(cell), scale: quoted(String(scale)) }), { param: 'ratings', index: i });
      }
      texts++;
      if (step < SATISFIED_STEPS) satisfied++;
      if (numbers > 0 && texts > 0) break;
    }
    if (numbers > 0 && texts > 0) {
      return fail('value', message('mixedRatings'), { param: 'ratings' });
    }
    const responses = numbers + texts;
    return responses === 0 ? fail('div0', message('hasNoRatings'), { param: 'ratings' }) : satisfied / responses;
  },
});
