// WIN_RATE: won ÷ (won + lost) over a column of deal statuses.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { DEFAULT_LOST, DEFAULT_WON, quotedLabels, statusMatcher } from './status-labels';

export const winRate = defineKpi({
  id: 'WIN_RATE',
  group: 'funnel',
  summary: 'The share of decided deals that were won; open deals are left out.',
  formula: 'won ÷ (won + lost)',
  params: [
    { name: 'statuses', kind: 'labels', description: 'The status column of your deals (e.g. Won, Lost, Open).' },
    { name: 'won_label', kind: 'text', optional: true, description: `The status that means won. Default: any of ${quotedLabels(DEFAULT_WON)}.` },
    { name: 'lost_label', kind: 'text', optional: true, description: `The status that means lost. Default: any of ${quotedLabels(DEFAULT_LOST)}.` },
  ],
  result: 'rate',
  errors: [{ kind: 'div0', when: 'no status is won or lost' }],
  examples: [
    { formula: 'WIN_RATE({"Won";"Lost";"Open";"closed won"})', args: [[['Won'], ['Lost'], ['Open'], ['closed won']]], result: 2 / 3 },
    { formula: 'WIN_RATE({"بسته شد";"از دست رفت"}, "بسته شد", "از دست رفت")', args: [[['بسته شد'], ['از دست رفت']], 'بسته شد', 'از دست رفت'], result: 0.5 },
  ],
  compute: (statuses, wonLabel, lostLabel) => {
    const isWon = statusMatcher(wonLabel, DEFAULT_WON);
    const isLost = statusMatcher(lostLabel, DEFAULT_LOST);
    let won = 0;
    let lost = 0;
    for (const status of statuses) {
      if (isWon(status)) won++;
      else if (isLost(status)) lost++;
    }
    if (won + lost === 0) return fail('div0', message('hasNoWonOrLost'), { param: 'statuses' });
    return won / (won + lost);
  },
});
