// SALES_CYCLE: the mean number of days from first contact to close, over closed deals when statuses are given.
import { defineKpi, type RowSkip } from '../define';
import { meanDuration, spanSkip } from './mean-duration';
import { DEFAULT_LOST, DEFAULT_WON, outcomeReader, quotedLabels } from './status-labels';

/** The rows SALES_CYCLE leaves out: with statuses, every deal not won or lost (CRMs give open deals an expected close date). */
function salesCycleSkips(
  starts: Float64Array,
  closes: Float64Array,
  statuses?: readonly (string | null)[],
  wonLabels?: readonly string[],
  lostLabels?: readonly string[],
): (row: number) => RowSkip | undefined {
  const spans = spanSkip(starts, closes, 'start_dates', 'close_dates', statuses ? 'no-close-date' : 'open-deal', 'no-start-date');
  if (!statuses) return spans;
  const outcome = outcomeReader(wonLabels, lostLabels);
  return (row) => {
    const status = statuses[row] ?? null;
    if (status === null) return { param: 'statuses', reason: 'no-status' };
    if (outcome(status) === 'open') return { param: 'statuses', reason: 'open-deal' };
    return spans(row);
  };
}

export const salesCycle = defineKpi({
  id: 'SALES_CYCLE',
  group: 'pipeline',
  summary: 'The average number of days from first contact to close, over deals that have closed (won or lost, when statuses are given).',
  formula: 'mean(close_date − start_date), in days',
  params: [
    { name: 'start_dates', kind: 'dates', pairedWith: 'close_dates', description: 'The first-contact (or created) date of each deal.' },
    { name: 'close_dates', kind: 'dates', pairedWith: 'start_dates', description: 'The close date of each deal; blank for open deals, which are skipped.' },
    {
      name: 'statuses', kind: 'labels', optional: true, pairedWith: 'start_dates',
      description: 'The status of each deal; only won and lost deals count, so an open deal\'s expected close date is left out.',
    },
    { name: 'won_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean won. Default: any beginning with ${quotedLabels(DEFAULT_WON)}.` },
    { name: 'lost_label', kind: 'label-set', optional: true, description: `The status, or statuses, that mean lost. Default: any beginning with ${quotedLabels(DEFAULT_LOST)}.` },
  ],
  result: 'days',
  errors: [
    { kind: 'num', when: 'a close date is before its start date in a row that counts (the message names the row and says how many)' },
    { kind: 'div0', when: 'no row has both dates (and, with statuses, a won or lost status)' },
    { kind: 'value', when: 'the ranges differ in size, a cell is not a date, or slashed dates do not show which of day and month comes first' },
  ],
  examples: [
    {
      formula: 'SALES_CYCLE({"2024-01-01";"2024-03-01";"2024-02-01"}, {"2024-01-31";"";"2024-03-12"})',
      args: [[['2024-01-01'], ['2024-03-01'], ['2024-02-01']], [['2024-01-31'], [''], ['2024-03-12']]],
      result: 35,
      note: '30 and 40 days; the open deal is skipped',
    },
    {
      formula: 'SALES_CYCLE({"2024-01-01";"2024-01-01";"2024-01-01"}, {"2024-01-11";"2024-01-21";"2024-01-31"}, {"Closed Won";"Closed Lost";"Appointment scheduled"})',
      args: [
        [['2024-01-01'], ['2024-01-01'], ['2024-01-01']],
        [['2024-01-11'], ['2024-01-21'], ['2024-01-31']],
        [['Closed Won'], ['Closed Lost'], ['Appointment scheduled']],
      ],
      result: 15,
      note: 'the open deal\'s expected close date is left out',
    },
    {
      formula: 'SALES_CYCLE({"12/14/2024";"1/6/2025"}, {"12/20/2024";"1/9/2025"})',
      args: [[['12/14/2024'], ['1/6/2025']], [['12/20/2024'], ['1/9/2025']]],
      result: 4.5,
      note: 'month first, as 12/14 shows',
    },
    {
      formula: 'SALES_CYCLE({"30.11.2024"}, {"10.12.2024"})',
      args: [[['30.11.2024']], [['10.12.2024']]],
      result: 10,
      note: 'dotted dates are day first',
    },
    {
      formula: 'SALES_CYCLE({"01/02/2024"}, {"05/02/2024"})',
      args: [[['01/02/2024']], [['05/02/2024']]],
      result: { error: 'value' },
      note: 'day or month first? No date shows it: write 2024-02-01',
    },
    {
      formula: 'SALES_CYCLE({"1402/12/01"}, {"1403/01/15"})',
      args: [[['1402/12/01']], [['1403/01/15']]],
      result: 43,
      note: 'Solar Hijri dates; Esfand 1402 has 29 days',
    },
  ],
  skips: salesCycleSkips,
  // Without statuses the rule is meanDuration's own (a row needs both dates), so it is not asked per row.
  compute: (starts, closes, statuses, wonLabels, lostLabels) =>
    meanDuration(starts, closes, 'start_dates', 'close_dates', undefined, statuses ? salesCycleSkips(starts, closes, statuses, wonLabels, lostLabels) : undefined),
});
