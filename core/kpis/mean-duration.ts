// The mean time between paired start and end dates, shared by SALES_CYCLE and AVG_RESPONSE_TIME.
import { formatDay } from '../cells';
import type { RowSkip } from '../define';
import { fail, type KpiError } from '../errors';
import { code, message, quoted } from '../messages';

const MS_PER_DAY = 86_400_000;

/**
 * Mean of end − start over the rows that count (both dates present, and not left out by `skip`), in
 * units of `unitMs` milliseconds. An end before its start is #NUM! naming the first such row and saying
 * how many there are. Each span is counted in whole milliseconds, so clock times stored as fractions of
 * a day (09:00 is 0.375) add up exactly: 2 hours, not 2.0000000000873.
 */
export function meanDuration(
  starts: Float64Array,
  ends: Float64Array,
  startName: string,
  endName: string,
  unitMs = MS_PER_DAY,
  skip?: (row: number) => RowSkip | undefined,
): number | KpiError {
  let sum = 0;
  let count = 0;
  let firstBackward = -1;
  let backward = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = ends[i];
    if (Number.isNaN(start) || Number.isNaN(end) || (skip && skip(i))) continue;
    if (end < start) {
      if (firstBackward < 0) firstBackward = i;
      backward++;
      continue;
    }
    sum += Math.round((end - start) * MS_PER_DAY);
    count++;
  }
  if (firstBackward >= 0) {
    const args = { date: quoted(formatDay(ends[firstBackward])), start: code(startName), limit: quoted(formatDay(starts[firstBackward])), n: backward };
    return fail('num', message(backward > 1 ? 'beforeStartMany' : 'beforeStart', args), { param: endName, index: firstBackward });
  }
  if (count === 0) return fail('div0', message('noCompleteRow', { start: code(startName), end: code(endName) }));
  // One division of exact integers: the correctly rounded mean, as AVERAGE of the spans gives it.
  return sum / (count * unitMs);
}

/** Which rows a mean of spans leaves out: no end (open deal, no response yet), then no start. */
export function spanSkip(starts: Float64Array, ends: Float64Array, startName: string, endName: string, noEnd: RowSkip['reason'], noStart: RowSkip['reason']) {
  return (row: number): RowSkip | undefined => {
    if (Number.isNaN(ends[row])) return { param: endName, reason: noEnd };
    if (Number.isNaN(starts[row])) return { param: startName, reason: noStart };
    return undefined;
  };
}
