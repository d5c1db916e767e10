// SALES_CYCLE: the mean number of days from first contact to close.
import { defineKpi } from '../define';
import { meanDuration } from './mean-duration';

export const salesCycle = defineKpi({
  id: 'SALES_CYCLE',
  group: 'pipeline',
  summary: 'The average number of days from first contact to close, over deals that have closed.',
  formula: 'mean(close_date − start_date), in days',
  params: [
    { name: 'start_dates', kind: 'dates', pairedWith: 'close_dates', description: 'The first-contact (or created) date of each deal.' },
    { name: 'close_dates', kind: 'dates', pairedWith: 'start_dates', description: 'The close date of each deal; blank for open deals, which are skipped.' },
  ],
  result: 'days',
  errors: [
    { kind: 'num', when: 'a close date is before its start date (the message names the row)' },
    { kind: 'div0', when: 'no row has both dates' },
    { kind: 'value', when: 'the ranges differ in size, or a cell is not a date' },
  ],
  examples: [
    {
      formula: 'SALES_CYCLE({"2024-01-01";"2024-03-01";"2024-02-01"}, {"2024-01-31";"";"2024-03-12"})',
      args: [[['2024-01-01'], ['2024-03-01'], ['2024-02-01']], [['2024-01-31'], [''], ['2024-03-12']]],
      result: 35,
      note: '30 and 40 days; the open deal is skipped',
    },
    {
      formula: 'SALES_CYCLE({"1402/12/01"}, {"1403/01/15"})',
      args: [[['1402/12/01']], [['1403/01/15']]],
      result: 43,
      note: 'Solar Hijri dates; Esfand 1402 has 29 days',
    },
  ],
  compute: (starts, closes) => meanDuration(starts, closes, 'start_dates', 'close_dates'),
});
