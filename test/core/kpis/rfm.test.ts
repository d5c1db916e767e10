import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, rfmSegment } from '../../../core/kpis/rfm';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'RFM';

/*
 * Six customers, their orders interleaved, in every date form a host passes, with one blank row.
 * as_of 2024-06-30 (serial 45473):
 *
 *   customer  last order   recency  orders  money   w(R) w(F) w(M)   R F M   segment
 *   Atlas     06-28 17:45     2       3     1000     4    4    3     5 5 4   Champions
 *   Boreas    06-28           2       1     1000     4    0    3     5 1 4   Others
 *   Cyrus     06-01          29       2      300     2    3    1     3 4 2   Others
 *   Delta     01-15         167       1       50     0    0    0     1 1 1   Lost
 *   Eos       06-20          10       3      700     3    4    2     4 5 3   Loyal Customers
 *   Fenix     01-15         167       1     2000     0    0    5     1 1 5   Others
 *
 * n = 6, so a score is min(5, 1 + w). Ties (Atlas/Boreas on R and M, Delta/Fenix on R, Boreas/Delta/Fenix
 * on F, Atlas/Eos on F) score the same.
 */
const CUSTOMERS = col('Atlas', 'Boreas', 'Cyrus', '', 'Delta', 'atlas ', 'Eos', 'Fenix', 'Eos', 'Cyrus', 'ATLAS', 'Eos');
const DATES = col(
  '2024-03-01', 45471, '2024/04/01', '', '2024-01-15', '۱۴۰۳/۰۲/۲۱',
  new Date(2024, 5, 10), '2024-01-15', '2024-06-20', '2024-06-01', '2024-06-28 17:45', '2024-02-01',
);
const AMOUNTS = col(200, 1000, 150, '', 50, '300', 400, '2,000', 100, 150, 500, 200);

const EXPECTED = [
  ['Atlas', 2, 3, 1000, 5, 5, 4, 'Champions'],
  ['Boreas', 2, 1, 1000, 5, 1, 4, 'Others'],
  ['Cyrus', 29, 2, 300, 3, 4, 2, 'Others'],
  ['Delta', 167, 1, 50, 1, 1, 1, 'Lost'],
  ['Eos', 10, 3, 700, 4, 5, 3, 'Loyal Customers'],
  ['Fenix', 167, 1, 2000, 1, 1, 5, 'Others'],
];

describe('RFM(customers, order_dates, amounts, [as_of])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'num', 'na']);

  it('scores six customers with ties, as of a given day, in order of first appearance', () => {
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS, '2024-06-30'])).toEqual(EXPECTED);
  });

  it('reads as_of as a serial, a Date object or a Jalali date alike', () => {
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS, 45473])).toEqual(EXPECTED);
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS, new Date(2024, 5, 30)])).toEqual(EXPECTED);
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS, '۱۴۰۳/۰۴/۱۰'])).toEqual(EXPECTED);
  });

  it('counts recency to the latest order day when as_of is left out or blank', () => {
    const expected = EXPECTED.map((row) => [row[0], (row[1] as number) - 2, ...row.slice(2)]);
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS])).toEqual(expected);
    expect(run(ID, [CUSTOMERS, DATES, AMOUNTS, ''])).toEqual(expected);
  });

  it('counts whole days: an order later on the as_of day is not after it', () => {
    expect(run(ID, [col('A', 'B'), col('2024-06-30 18:00', '2024-06-29'), col(1, 2), '2024-06-30 08:00'])).toEqual([
      ['A', 0, 1, 1, 5, 1, 1, 'New Customers'],
      ['B', 1, 1, 2, 1, 1, 5, 'Others'],
    ]);
  });

  it('scores in integers: 7 customers by money score 1, 1, 2, 3, 4, 5, 5 (min(5, 1 + ⌊5w ÷ 6⌋))', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const table = run(ID, [col(...names), col(...names.map(() => '2024-01-01')), col(10, 20, 30, 40, 50, 60, 70)]) as unknown[][];
    expect(table.map((row) => row[6])).toEqual([1, 1, 2, 3, 4, 5, 5]);
    // Everyone ordered the same day and once: nobody is strictly worse, so every R and F is 1.
    expect(table.map((row) => [row[4], row[5]])).toEqual(names.map(() => [1, 1]));
  });

  it('scores 5 customers 1 to 5 (⌊5w ÷ 4⌋ rounds 2.5 and 3.75 down)', () => {
    const table = run(ID, [col('a', 'b', 'c', 'd', 'e'), col('2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'), col(5, 4, 3, 2, 1)]) as unknown[][];
    expect(table.map((row) => row[4])).toEqual([1, 2, 3, 4, 5]);
    expect(table.map((row) => row[6])).toEqual([5, 4, 3, 2, 1]);
  });

  it('gives one customer every score 5', () => {
    expect(run(ID, [col('Solo', 'solo'), col('2024-01-01', '2024-02-01'), col(10, 20)])).toEqual([['Solo', 0, 2, 30, 5, 5, 5, 'Champions']]);
  });

  it('ties money totals that are equal in cents despite binary sums (10.10 + 20.20 and 30.30)', () => {
    const t = run(ID, [col('A', 'A', 'B', 'C'), col('2024-03-01', '2024-03-01', '2024-03-01', '2024-03-01'), col(10.1, 20.2, 30.3, 5)]) as (string | number)[][];
    expect(t[0][3]).toBe(30.3);
    expect(t[0][6]).toBe(t[1][6]);
  });

  it('gives customers tied on everything the same scores', () => {
    expect(run(ID, [col('A', 'B'), col('2024-01-01', '2024-01-01'), col(5, 5)])).toEqual([
      ['A', 0, 1, 5, 1, 1, 1, 'Lost'],
      ['B', 0, 1, 5, 1, 1, 1, 'Lost'],
    ]);
  });

  it('gives #NUM! for an order after as_of, naming the row', () => {
    expectError(run(ID, [CUSTOMERS, DATES, AMOUNTS, '2024-06-27']), 'num', 'RFM: order_dates row 2 (2024-06-28) is after as_of (2024-06-27)');
  });

  it('gives #VALUE! when the ranges differ in size, naming both', () => {
    expectError(run(ID, [col('A', 'B', 'C'), col('2024-01-01', '2024-01-02', '2024-01-03'), col(1, 2)]), 'value', 'RFM: customers has 3 cells and amounts has 2');
    expectError(run(ID, [col('A', 'B'), col('2024-01-01'), col(1, 2)]), 'value', 'RFM: order_dates has 1 cell and customers has 2');
  });

  it('gives #VALUE! for a partly blank row, naming the blank cell', () => {
    expectError(run(ID, [col('A', ''), col('2024-01-01', '2024-01-02'), col(1, 2)]), 'value', 'RFM: customers row 2 is blank but the order has a date or an amount');
    expectError(run(ID, [col('A', 'Cyrus'), col('2024-01-01', ''), col(1, 2)]), 'value', 'RFM: order_dates row 2 is blank for an order of Cyrus');
    expectError(run(ID, [col('Atlas', 'B'), col('2024-01-01', '2024-01-02'), col('', 2)]), 'value', 'RFM: amounts row 1 is blank for an order of Atlas');
  });

  it('gives #VALUE! for a date or amount of the wrong kind', () => {
    expectError(run(ID, [col('A'), col('yesterday'), col(1)]), 'value', 'RFM: order_dates is "yesterday", expected a date');
    expectError(run(ID, [col('A', 'B'), col('2024-01-01', '2024-01-02'), col(1, 'lots')]), 'value', 'RFM: amounts row 2 is "lots", expected a number');
    expectError(run(ID, [col('A'), col('2024-01-01'), col(1), 'soon']), 'value', 'RFM: as_of is "soon", expected a date');
  });

  it('gives #N/A when there are no orders', () => {
    expectError(run(ID, [col('', null), col('', ''), col('', '')]), 'na', 'RFM: customers has no orders');
  });

  describe('segments', () => {
    it.each([
      [5, 5, 5, 'Champions'], [4, 4, 4, 'Champions'],
      [3, 3, 3, 'Loyal Customers'], [2, 5, 5, 'Loyal Customers'], [5, 3, 3, 'Loyal Customers'],
      [1, 4, 4, "Can't Lose Them"], [1, 5, 5, "Can't Lose Them"],
      [4, 1, 1, 'New Customers'], [5, 1, 1, 'New Customers'],
      [3, 1, 1, 'Promising'],
      [3, 2, 1, 'Potential Loyalist'], [5, 2, 2, 'Potential Loyalist'], [4, 3, 1, 'Potential Loyalist'],
      [2, 2, 2, 'Need Attention'], [2, 3, 2, 'Need Attention'],
      [2, 1, 1, 'About To Sleep'], [2, 2, 1, 'About To Sleep'],
      [1, 3, 3, 'At Risk'], [1, 4, 3, 'At Risk'], [2, 2, 5, 'At Risk'],
      [1, 1, 1, 'Lost'], [1, 2, 1, 'Lost'],
      [1, 1, 5, 'Others'], [5, 1, 4, 'Others'], [3, 4, 2, 'Others'],
    ])('puts R %i, F %i, M %i in %s: the first row of the grid that fits', (r, f, m, segment) => {
      expect(rfmSegment(r, f, m)).toBe(segment);
    });

    it('reaches every segment of the catalog grid, narrowest first, and Others', () => {
      const reached = new Set<string>();
      for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) reached.add(rfmSegment(r, f, m));
      expect([...reached].sort()).toEqual([...RFM_SEGMENTS].sort());
      expect(RFM_SEGMENTS).toEqual([
        'Champions', 'Loyal Customers', "Can't Lose Them", 'New Customers', 'Promising', 'Potential Loyalist',
        'Need Attention', 'About To Sleep', 'At Risk', 'Lost', 'Others',
      ]);
    });

    it('gives Can\'t Lose Them, New Customers and Promising to customers scored from their orders', () => {
      // Five customers as of 2024-06-30, so a score is min(5, 1 + ⌊5w ÷ 4⌋): w 0..4 scores 1..5.
      const table = run(ID, [
        col('Cyrus', 'Nika', 'Xenia', 'Cyrus', 'Parisa', 'Yannis', 'Cyrus'),
        col('2024-03-01', '2024-06-30', '2024-06-25', '2024-03-10', '2024-06-20', '2024-06-10', '2024-03-22'),
        col(300, 10, 100, 300, 10, 200, 400),
        '2024-06-30',
      ]);
      expect(table).toEqual([
        ['Cyrus', 100, 3, 1000, 1, 5, 5, "Can't Lose Them"],
        ['Nika', 0, 1, 10, 5, 1, 1, 'New Customers'],
        ['Xenia', 5, 1, 100, 4, 1, 3, 'Potential Loyalist'],
        ['Parisa', 10, 1, 10, 3, 1, 1, 'Promising'],
        ['Yannis', 20, 1, 200, 2, 1, 4, 'Others'],
      ]);
    });
  });
});
