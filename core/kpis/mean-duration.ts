// The mean time between paired start and end dates, shared by SALES_CYCLE and AVG_RESPONSE_TIME.
import { formatDay } from '../cells';
import { fail, type KpiError } from '../errors';
import { code, message, quoted } from '../messages';

const MS_PER_DAY = 86_400_000;

/**
 * Mean of end − start over rows where both are present, in units of `unitMs` milliseconds; an end
 * before its start is #NUM!. Each span is counted in whole milliseconds, so clock times stored as
 * fractions of a day (09:00 is 0.375) add up exactly: 2 hours, not 2.0000000000873.
 */
export function meanDuration(starts: Float64Array, ends: Float64Array, startName: string, endName: string, unitMs = MS_PER_DAY): number | KpiError {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = ends[i];
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    if (end < start) {
      return fail('num', message('beforeStart', { date: quoted(formatDay(end)), start: code(startName), limit: quoted(formatDay(start)) }), { param: endName, index: i });
    }
    sum += Math.round((end - start) * MS_PER_DAY);
    count++;
  }
  if (count === 0) return fail('div0', message('noCompleteRow', { start: code(startName), end: code(endName) }));
  // One division of exact integers: the correctly rounded mean, as AVERAGE of the spans gives it.
  return sum / (count * unitMs);
}
