// AVG_RESPONSE_TIME: the mean time from a lead's arrival to the first response.
import { defineKpi } from '../define';
import { meanDuration, spanSkip } from './mean-duration';

const UNIT_MS = { hours: 3_600_000, minutes: 60_000, days: 86_400_000 } as const;

/** The leads AVG_RESPONSE_TIME leaves out: not yet answered, or with no arrival time. */
const responseSkips = (received: Float64Array, responded: Float64Array) =>
  spanSkip(received, responded, 'received', 'responded', 'no-response', 'no-arrival-time');

export const avgResponseTime = defineKpi({
  id: 'AVG_RESPONSE_TIME',
  group: 'pipeline',
  summary: 'The average time from a lead arriving to the first response, in hours unless another unit is asked for.',
  formula: 'mean(responded − received), in the unit',
  params: [
    { name: 'received', kind: 'dates', pairedWith: 'responded', description: 'When each lead arrived (date and time).' },
    { name: 'responded', kind: 'dates', pairedWith: 'received', description: 'When each lead first got a response; blank if not yet.' },
    {
      name: 'unit', kind: 'text', optional: true,
      description: '"hours" (default), "minutes" or "days".',
      choices: {
        hours: ['hour', 'h', 'ساعت', 'ώρες', 'ώρα'],
        minutes: ['minute', 'min', 'دقیقه', 'λεπτά', 'λεπτό'],
        days: ['day', 'd', 'روز', 'ημέρες', 'μέρες', 'ημέρα'],
      },
    },
  ],
  result: 'hours',
  errors: [
    { kind: 'num', when: 'a response is before its lead arrived (the message names the row)' },
    { kind: 'div0', when: 'no lead has both times' },
    { kind: 'value', when: 'the ranges differ in size, a cell is not a date, or the unit is unknown' },
  ],
  examples: [
    {
      formula: 'AVG_RESPONSE_TIME({"2024-03-05 09:00";"2024-03-05 10:00"}, {"2024-03-05 11:00";"2024-03-05 14:00"})',
      args: [[['2024-03-05 09:00'], ['2024-03-05 10:00']], [['2024-03-05 11:00'], ['2024-03-05 14:00']]],
      result: 3,
    },
    {
      formula: 'AVG_RESPONSE_TIME({"2024-03-05 09:00"}, {"2024-03-05 09:45"}, "minutes")',
      args: [[['2024-03-05 09:00']], [['2024-03-05 09:45']], 'minutes'],
      result: 45,
    },
  ],
  skips: responseSkips,
  // The rule is meanDuration's own (a lead needs both times), so it is not asked per row.
  compute: (received, responded, unit) => meanDuration(received, responded, 'received', 'responded', UNIT_MS[(unit ?? 'hours') as keyof typeof UNIT_MS]),
});
