import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'CSAT';

describe('CSAT(ratings, [scale], [threshold])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['value', 'num', 'div0']);

  describe('numeric ratings', () => {
    it('counts 4 and 5 as satisfied on the default 1–5 scale (top-two-box)', () => {
      expect(run(ID, [col(5, 4, 4, 2, 1)])).toBe(0.6);
    });

    it('sets the threshold to scale − 1 when only the scale is given', () => {
      expect(run(ID, [col(10, 9, 8, 7), 10])).toBe(0.5);
      expect(run(ID, [col(7, 6, 5, '', 1), 7])).toBe(0.5);
    });

    it('uses an explicit threshold, also with the default scale', () => {
      expect(run(ID, [col(3, 2, 5, 1), 5, 3])).toBe(0.5);
      expect(run(ID, [col(5, 3, 3, 1), null, 3])).toBe(0.75);
      expect(run(ID, [col(5, 5, 4), 5, 5])).toBe(2 / 3);
    });

    it('reads ratings written as numeric text in any digit set', () => {
      expect(run(ID, [col('5', '۴', '٣')])).toBe(2 / 3);
    });
  });

  describe('text ratings', () => {
    it('counts "good" and above as satisfied in English, whatever the case', () => {
      expect(run(ID, [col('Excellent', 'GOOD', 'average', 'Poor')])).toBe(0.5);
    });

    it('reads Persian ratings, with Arabic or Persian yeh', () => {
      expect(run(ID, [col('عالی', 'خوب', 'متوسط', 'ضعیف', 'عالي')])).toBe(0.6);
    });

    it('reads Greek ratings without regard to accents or case', () => {
      expect(run(ID, [col('ΕΞΑΙΡΕΤΙΚΟ', 'καλο', 'ΜΈΤΡΙΟ', 'Κακό')])).toBe(0.5);
    });

    it('accepts text ratings in several languages in one range', () => {
      expect(run(ID, [col('excellent', 'خوب', 'Μέτριο', 'poor', '')])).toBe(0.5);
    });

    it('uses the four-step scale for text whatever scale and threshold say', () => {
      expect(run(ID, [col('good', 'poor'), 10, 9])).toBe(0.5);
    });
  });

  describe('errors', () => {
    it('gives #VALUE! for a rating outside 1..scale, naming its row', () => {
      expectError(run(ID, [col(5, 6)]), 'value', 'CSAT: ratings row 2 is 6, expected a whole number 1–5');
      expectError(run(ID, [col(0, 5)]), 'value', 'CSAT: ratings row 1 is 0, expected a whole number 1–5');
      expectError(run(ID, [col(10, 11), 10]), 'value', 'CSAT: ratings row 2 is 11, expected a whole number 1–10');
    });

    it('gives #VALUE! for a rating that is not whole', () => {
      expectError(run(ID, [col(4, 3.5)]), 'value', 'CSAT: ratings row 2 is 3.5');
    });

    it('gives #VALUE! for unknown text, booleans and dates', () => {
      expectError(run(ID, [col('good', 'great', 'meh')]), 'value', 'CSAT: ratings row 2 is "great", expected a rating 1–5 or excellent / good / average / poor');
      expectError(run(ID, [col(true, 5)]), 'value', 'CSAT: ratings row 1 is TRUE');
      expectError(run(ID, [col(5, new Date(2024, 0, 5))]), 'value', 'CSAT: ratings row 2 is the date 2024-01-05');
    });

    it('gives #VALUE! when numbers and text ratings are mixed', () => {
      expectError(run(ID, [col(5, 'good')]), 'value', 'CSAT: ratings mixes numbers and text ratings');
      expectError(run(ID, [col('Καλό', '۴', 'poor')]), 'value', 'CSAT: ratings mixes numbers and text ratings');
    });

    it('gives #NUM! for a threshold above the scale', () => {
      expectError(run(ID, [col(5), 5, 6]), 'num', 'CSAT: threshold is 6, above scale (5)');
      expectError(run(ID, [col(5), null, 7]), 'num', 'CSAT: threshold is 7, above scale (5)');
    });

    it('gives #NUM! for a scale below 2 or not whole, and a threshold below 1', () => {
      expectError(run(ID, [col(1), 1]), 'num', 'CSAT: scale is 1, expected a whole number of at least 2');
      expectError(run(ID, [col(1), 4.5]), 'num', 'CSAT: scale is 4.5');
      expectError(run(ID, [col(1), 5, 0]), 'num', 'CSAT: threshold is 0, expected a whole number of at least 1');
    });

    it('gives #VALUE! for a scale that is not a number', () => {
      expectError(run(ID, [col(5), 'five']), 'value', 'CSAT: scale is "five"');
    });

    it('gives #DIV/0! when there are no ratings', () => {
      expectError(run(ID, [col('', null)]), 'div0', 'CSAT: ratings has no ratings');
    });
  });
});
