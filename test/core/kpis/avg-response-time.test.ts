import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'AVG_RESPONSE_TIME';

// Two answered leads, 30 and 90 minutes; the third has no response yet.
const RECEIVED = col('2024-03-05 09:00', '2024-03-05 23:30', '2024-03-06 08:00');
const RESPONDED = col('2024-03-05 09:30', '2024-03-06 01:00', '');

describe('AVG_RESPONSE_TIME(received, responded, [unit])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['num', 'div0', 'value']);

  it('averages in hours by default, skipping unanswered leads and crossing midnight', () => {
    expect(run(ID, [RECEIVED, RESPONDED])).toBe(1);
  });

  it('gives minutes or days when asked', () => {
    expect(run(ID, [RECEIVED, RESPONDED, 'minutes'])).toBe(60);
    expect(run(ID, [RECEIVED, RESPONDED, 'days'])).toBe(1 / 24);
  });

  it('accepts unit names in any case and in Persian or Greek', () => {
    expect(run(ID, [RECEIVED, RESPONDED, 'Hours'])).toBe(1);
    expect(run(ID, [RECEIVED, RESPONDED, 'دقیقه'])).toBe(60);
    expect(run(ID, [RECEIVED, RESPONDED, 'ΛΕΠΤΆ'])).toBe(60);
    expect(run(ID, [RECEIVED, RESPONDED, 'ساعت'])).toBe(1);
    expect(run(ID, [RECEIVED, RESPONDED, 'ημέρες'])).toBe(1 / 24);
    expect(run(ID, [RECEIVED, RESPONDED, 'd'])).toBe(1 / 24);
  });

  it('reads Date objects with their clock times', () => {
    expect(run(ID, [col(new Date(2024, 2, 5, 9, 0)), col(new Date(2024, 2, 5, 9, 45))])).toBe(0.75);
  });

  it('counts wall-clock hours across a DST change, as =(B2-A2)*24 does in the sheet', () => {
    const received = new Date(2024, 2, 30, 23, 0);
    const responded = new Date(2024, 2, 31, 5, 0);
    // In Europe/Athens (the suite's zone) the clocks skip 03:00–04:00, so only 5 hours pass.
    expect(responded.getTime() - received.getTime()).toBe(5 * 3_600_000);
    expect(run(ID, [col(received), col(responded)])).toBe(6);
  });

  it('reads Jalali date-times in Persian digits', () => {
    expect(run(ID, [col('۱۴۰۲/۱۲/۱۵ ۰۹:۰۰'), col('۱۴۰۲/۱۲/۱۵ ۱۰:۳۰')])).toBe(1.5);
  });

  it('gives #NUM! for a response before its lead arrived, naming the row', () => {
    expectError(run(ID, [col('2024-03-05 09:00', '2024-03-05 09:00'), col('2024-03-05 10:00', '2024-03-05 08:00')]), 'num',
      'AVG_RESPONSE_TIME: responded row 2 (2024-03-05 08:00) is before its received (2024-03-05 09:00)');
  });

  it('gives #DIV/0! when no lead has both times', () => {
    expectError(run(ID, [col('2024-03-05 09:00'), col('')]), 'div0', 'AVG_RESPONSE_TIME: no row has both received and responded');
  });

  it('gives #VALUE! for an unknown unit, listing the units', () => {
    expectError(run(ID, [RECEIVED, RESPONDED, 'weeks']), 'value', 'AVG_RESPONSE_TIME: unit is "weeks", expected one of "hours", "minutes", "days"');
    expectError(run(ID, [RECEIVED, RESPONDED, 5]), 'value', 'AVG_RESPONSE_TIME: unit is 5');
  });

  it('gives #VALUE! for a cell that is not a date, or ranges of different sizes', () => {
    expectError(run(ID, [col('2024-03-05 09:00', 'morning'), col('', '')]), 'value', 'AVG_RESPONSE_TIME: received row 2 is "morning", expected a date');
    expectError(run(ID, [RECEIVED, col('2024-03-05 10:00')]), 'value', 'AVG_RESPONSE_TIME: responded has 1 cell and received has 3');
  });
});
