// WIN_RATE: won ÷ (won + lost) over a column of deal statuses.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';
import { DEFAULT_LOST, DEFAULT_WON, outcomeReader, quotedLabels } from './status-labels';

export const winRate = defineKpi({
  id: 'WIN_RATE',
  group: 'funnel',
  summary: 'The share of decided deals that were won; open deals are left out.',
  formula: 'won ÷ (won + lost)',
  params: [
    { name: 'statuses', kind: 'labels', description: 'The status column of your deals (e.g. Won, Lost, Open).' },
    { name: 'won_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean won. Default: any beginning with ${quotedLabels(DEFAULT_WON)}.` },
    { name: 'lost_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean lost. Default: any beginning with ${quotedLabels(DEFAULT_LOST)}.` },
  ],
  result: 'rate',
  errors: [{ kind: 'div0', when: 'no status is won or lost' }],
  examples: [
    { formula: 'WIN_RATE({"Won";"Lost";"Open";"closed won"})', args: [[['Won'], ['Lost'], ['Open'], ['closed won']]], result: 2 / 3 },
    {
      formula: 'WIN_RATE({"Closed Won";"Closed Lost";"Closed-Lost to Competition";"Qualification"})',
      args: [[['Closed Won'], ['Closed Lost'], ['Closed-Lost to Competition'], ['Qualification']]],
      result: 1 / 3,
      note: 'the defaults match statuses that begin with their words',
    },
    {
      formula: 'WIN_RATE({"A";"B";"C";"D"}, "A", {"B";"C"})',
      args: [[['A'], ['B'], ['C'], ['D']], 'A', [['B'], ['C']]],
      result: 1 / 3,
      note: 'several lost labels, any of which matches',
    },
    { formula: 'WIN_RATE({"بسته شد";"از دست رفت"}, "بسته شد", "از دست رفت")', args: [[['بسته شد'], ['از دست رفت']], 'بسته شد', 'از دست رفت'], result: 0.5 },
  ],
  compute: (statuses, wonLabels, lostLabels) => {
    const outcome = outcomeReader(wonLabels, lostLabels);
    let won = 0;
    let lost = 0;
    for (const status of statuses) {
      const read = outcome(status);
      if (read === 'won') won++;
      else if (read === 'lost') lost++;
    }
    if (won + lost === 0) return fail('div0', message('hasNoWonOrLost'), { param: 'statuses' });
    return won / (won + lost);
  },
});
