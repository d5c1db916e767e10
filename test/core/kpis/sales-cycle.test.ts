import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'SALES_CYCLE';

describe('SALES_CYCLE(start_dates, close_dates, [statuses], [won_label], [lost_label])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['num', 'div0', 'value']);

  it('averages the days from start to close over closed deals, skipping open ones', () => {
    // 30 days (Jan 1 → Jan 31) and 40 days (Feb 1 → Mar 12, 2024 is a leap year); Mar 1 is open.
    expect(run(ID, [col('2024-01-01', '2024-03-01', '2024-02-01'), col('2024-01-31', '', '2024-03-12')])).toBe(35);
  });

  it('with statuses, counts won and lost deals only, leaving out the expected close date of open ones', () => {
    const starts = col('2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01');
    const closes = col('2024-01-11', '2024-01-21', '2024-01-31', '2024-02-10');
    expect(run(ID, [starts, closes, col('Closed Won', 'Closed Lost', 'Appointment scheduled', '')])).toBe(15);
    expect(run(ID, [starts, closes, col('موفق', 'ناموفق', 'جاری', 'Κερδισμένη')])).toBe((10 + 20 + 40) / 3);
    expect(run(ID, [starts, closes, col('Signed', 'Dropped', 'Closed Won', 'x'), 'Signed', 'Dropped'])).toBe(15);
    expect(run(ID, [starts, closes, col('Closed Won', 'Lost A', 'Lost B', 'Open'), undefined, col('Lost A', 'Lost B')])).toBe(20);
  });

  it('with statuses, does not count an open deal whose expected close is before its start', () => {
    expect(run(ID, [col('2024-01-01', '2024-03-01'), col('2024-01-11', '2024-02-01'), col('Won', 'Open')])).toBe(10);
  });

  it('gives #DIV/0! when statuses leave no closed deal', () => {
    expectError(run(ID, [col('2024-01-01'), col('2024-01-11'), col('Open')]), 'div0', 'SALES_CYCLE: no row has both');
  });

  it('reads dates with the year last: dotted day first, slashed in the order one cell decides', () => {
    expect(run(ID, [col('12/14/2024', '1/6/2025'), col('12/20/2024', '1/9/2025')])).toBe(4.5);
    expect(run(ID, [col('26/01/2024', '3/2/2024'), col('27/01/2024', '13/2/2024')])).toBe(5.5);
    expect(run(ID, [col('30.11.2024'), col('10.12.2024')])).toBe(10);
    expect(run(ID, [col('13.10.2024 09:39'), col('14.10.2024 21:39')])).toBe(1.5);
    expect(run(ID, [col('1/16/2025 9:00 AM'), col('1/16/2025 9:00 PM'), undefined])).toBeCloseTo(0.5, 12);
  });

  it("borrows the order of the call's other dates when a range cannot decide alone", () => {
    expect(run(ID, [col('01/02/2024'), col('14/02/2024')])).toBe(13);
  });

  it('gives #VALUE! when no date shows the order, naming the first such cell and asking for 2024-02-01', () => {
    expectError(run(ID, [col('01/02/2024'), col('05/02/2024')]), 'value', 'SALES_CYCLE: start_dates is "01/02/2024"', '2024-02-01');
  });

  it('gives #VALUE! when a range shows both orders, naming a cell of each', () => {
    expectError(
      run(ID, [col('26/01/2024', '12/14/2024'), col('2024-01-27', '2024-12-20')], { addresses: ['Deals!C2:C3', 'Deals!D2:D3'] }),
      'value', 'SALES_CYCLE: start_dates cell C2 is "26/01/2024", day first, but cell C3 is "12/14/2024", month first',
    );
  });

  it('gives #NUM! for a close before its start, saying how many rows do so', () => {
    expectError(run(ID, [col('2024-02-01', '2024-01-01', '2024-03-01'), col('2024-01-01', '2024-01-05', '2024-02-01')]), 'num', 'SALES_CYCLE: close_dates row 1', 'as in 2 rows');
  });

  it('counts 31 days from 1 March to 1 April 2024 with local Date objects across the DST change', () => {
    const start = new Date(2024, 2, 1);
    const close = new Date(2024, 3, 1);
    // The suite runs in Europe/Athens, whose clocks go forward on 31 March: the instants are an hour short of 31 days.
    expect(close.getTime() - start.getTime()).toBe(31 * 86_400_000 - 3_600_000);
    expect(run(ID, [col(start), col(close)])).toBe(31);
    expect(run(ID, [col(start), col(close)], { timeZone: 'Europe/Athens' })).toBe(31);
  });

  it('reads Date objects on the spreadsheet time zone wall clock when the host gives one', () => {
    // Noon UTC on 9 and 11 March 2024: 48 hours apart, but New York moves its clocks forward on 10 March.
    const start = new Date(Date.UTC(2024, 2, 9, 12));
    const close = new Date(Date.UTC(2024, 2, 11, 12));
    expect(run(ID, [col(start), col(close)], { timeZone: 'America/New_York' })).toBe(49 / 24);
    expect(run(ID, [col(start), col(close)], { timeZone: 'UTC' })).toBe(2);
  });

  it('reads serials, ISO text, Date objects and Jalali text in one range', () => {
    // Each deal takes 10 days: 2024-01-01 → 01-11, 02-01 → 02-11 (serial 45333), 03-01 → 1402/12/21 (= 2024-03-11).
    const starts = col(45292, '2024-02-01', new Date(2024, 2, 1));
    const closes = col('2024-01-11', 45333, '۱۴۰۲/۱۲/۲۱');
    expect(run(ID, [starts, closes])).toBe(10);
  });

  it('reads Jalali dates in Persian digits', () => {
    // 1402/12/15 is 2024-03-05 and 1403/01/01 is 2024-03-20.
    expect(run(ID, [col('۱۴۰۲/۱۲/۱۵'), col('۱۴۰۳/۰۱/۰۱')])).toBe(15);
  });

  it('gives exactly the AVERAGE of the day spans, even when the mean is not a whole number of milliseconds', () => {
    const starts = [[45000], [45000], [45000], [45000], [45000], [45000], [45000]];
    const closes = [[45001], [45001], [45001], [45001], [45001], [45001], [45002]];
    expect(run(ID, [starts, closes])).toBe(8 / 7);
  });

  it('counts clock times as fractions of a day', () => {
    expect(run(ID, [col('2024-03-01 18:00'), col('2024-03-03 06:00')])).toBe(1.5);
  });

  it('treats a serial 0 (an empty cell in older Excel builds) as blank', () => {
    expect(run(ID, [col(45292, 0), col(45302, 45310)])).toBe(10);
  });

  it('counts a deal closed on its start day as 0 days', () => {
    expect(run(ID, [col('2024-05-05', '2024-05-01'), col('2024-05-05', '2024-05-03')])).toBe(1);
  });

  it('gives #NUM! for a close date before its start, naming the row', () => {
    expectError(run(ID, [col('2024-01-10', '2024-02-01'), col('2024-01-20', '2024-01-15')]), 'num',
      'SALES_CYCLE: close_dates row 2 (2024-01-15) is before its start_dates (2024-02-01)');
  });

  it('names the sheet cell of a close date before its start when Excel gives addresses', () => {
    const addresses = ['Deals!$B$2:$B$3', 'Deals!$C$2:$C$3'];
    expectError(run(ID, [col(45292, 45323), col(45300, 45322)], { addresses }), 'num', 'SALES_CYCLE: close_dates cell C3 (2024-01-31)');
  });

  it('gives #DIV/0! when no row has both dates', () => {
    expectError(run(ID, [col('2024-01-01', '2024-02-01'), col('', null)]), 'div0', 'SALES_CYCLE: no row has both start_dates and close_dates');
  });

  it('gives #VALUE! for a cell that is not a date, naming its row', () => {
    expectError(run(ID, [col('2024-01-01', 'soon'), col('2024-01-05', '2024-02-01')]), 'value',
      'SALES_CYCLE: start_dates row 2 is "soon", expected a date');
    expectError(run(ID, [col('1402/12/01'), col('1402/12/30')]), 'value', 'SALES_CYCLE: close_dates is "1402/12/30", expected a date');
    expectError(run(ID, [col(-3, 45292), col(45300, 45300)]), 'value', 'SALES_CYCLE: start_dates row 1 is -3');
    expectError(run(ID, [col(45292), col(true)]), 'value', 'SALES_CYCLE: close_dates is TRUE');
  });

  it('gives #VALUE! when the ranges differ in size, naming both', () => {
    expectError(run(ID, [col('2024-01-01', '2024-02-01', '2024-03-01'), col('2024-01-05', '2024-02-05')]), 'value',
      'SALES_CYCLE: close_dates has 2 cells and start_dates has 3');
  });
});

describe('SALES_CYCLE on slashed text that is no date either way', () => {
  it('gives #VALUE! saying it is not a date, not that its order is ambiguous', () => {
    expectError(run('SALES_CYCLE', [col('31/31/2024', '2024-01-01'), col('2024-02-01', '2024-02-01')]), 'value', 'SALES_CYCLE: start_dates row 1 is "31/31/2024", expected a date');
  });
});
