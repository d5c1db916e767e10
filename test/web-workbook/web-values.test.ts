// o-spreadsheet's values to the core's and back: ranges come column by column, errors go out as EvaluationError.
import { describe, expect, it } from 'vitest';
import { findKpi, runKpi, type KpiError } from '../../core';
import { argAddress, toEngineResult, toHostArg } from '../../web-workbook/web-values';

class FakeEvaluationError extends Error {
  constructor(message?: string, readonly value = '#ERROR') { super(message); }
}

const at = (col: number, row: number, value: string | number | null) => ({ value, position: { sheetId: 's', col, row } });

describe('toHostArg', () => {
  it('turns a range given column by column into rows of cells, blanks as null', () => {
    const range = [[at(1, 1, 10), at(1, 2, null), at(1, 3, 9)], [at(2, 1, 'Won'), at(2, 2, 'Lost'), at(2, 3, '')]];
    expect(toHostArg(range)).toEqual([[10, 'Won'], [null, 'Lost'], [9, '']]);
  });

  it('passes a single value as it is, and leaves an omitted argument out', () => {
    expect(toHostArg({ value: 5 })).toBe(5);
    expect(toHostArg(undefined)).toBeUndefined();
  });
});

describe('argAddress', () => {
  it('names where a range starts, so messages say "cell C3"', () => {
    expect(argAddress([[at(2, 2, 1), at(2, 3, 2)]])).toBe('C3');
    expect(argAddress({ value: 1 })).toBeUndefined();
  });
});

describe('toEngineResult', () => {
  it('returns a number as it is', () => {
    expect(toEngineResult(0.25, FakeEvaluationError)).toBe(0.25);
  });

  it('throws a single error with its code and our message', () => {
    let thrown: unknown;
    try {
      toEngineResult(runKpi(findKpi('NPS')!, [[[10], ['abc']]], { addresses: ['D1'] }), FakeEvaluationError);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeEvaluationError);
    expect(thrown).toMatchObject({ value: '#VALUE!', message: 'NPS: scores cell D2 is "abc", expected a whole number 0–10' });
  });

  it('speaks the page\'s language: Persian with names and values kept left to right', () => {
    let thrown: unknown;
    try {
      toEngineResult(runKpi(findKpi('NPS')!, [[[10], ['abc']]], { addresses: ['D1'] }), FakeEvaluationError, 'fa');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe('\u2067\u2066NPS\u2069: \u2066scores\u2069 در خانهٔ \u2066D2\u2069 برابر \u2066"abc"\u2069 است؛ باید یک عدد صحیح از \u2066۰\u2069 تا \u2066۱۰\u2069 باشد\u2069');
  });

  it('spills a table column by column, an error in the one cell it belongs to', () => {
    const error = runKpi(findKpi('CONVERSION_RATE')!, [0, 1]) as KpiError;
    const result = toEngineResult([[0.2, 1], [error, '']], FakeEvaluationError);
    expect(result).toEqual([
      [{ value: 0.2 }, { value: '#DIV/0!', message: 'CONVERSION_RATE: from_count is 0, so there is nothing to divide by' }],
      [{ value: 1 }, { value: '' }],
    ]);
  });
});
