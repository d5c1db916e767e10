// The built Excel functions.js, run under a CustomFunctions runtime, on the values Excel passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { VALUE_TYPES_TIMEOUT_MS } from '../../excel-addin/blank-cells';
import { CATALOG_WORKED_ERRORS, CATALOG_WORKED_NUMBERS, CATALOG_WORKED_TABLES } from '../helpers/catalog-worked-numbers';
import { REGISTRY } from '../../core';
import { CDNOW_AS_OF, cdnowOrders } from '../../scripts/cdnow-orders';
import { ERROR_CODE, EXCEL_DIST, excelShape, FakeExcelError, loadExcelFunctions, type ValueType } from '../../scripts/host-runtimes/excel';

const excel = loadExcelFunctions();
const metadata = JSON.parse(readFileSync(join(EXCEL_DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] };

/** The runtime's Promise belongs to its own realm, so it is recognised by shape. */
function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown })?.then === 'function';
}

/** The error a single-value call threw: Excel's documented path for one value, never a 1×1 matrix of it. */
function thrownError(call: () => unknown): FakeExcelError {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(FakeExcelError);
  return thrown as FakeExcelError;
}

describe('dist/excel/functions.js in a custom functions runtime', () => {
  it('associates every registry id, and exactly the ids of functions.json, without a DOM', () => {
    expect([...excel.functions.keys()]).toEqual(REGISTRY.map((def) => def.id));
    expect(metadata.functions.map((f) => f.id)).toEqual(REGISTRY.map((def) => def.id));
  });

  it.each(REGISTRY.flatMap((def) => def.examples.map((example) => [example.formula, def, example] as const)))(
    'holds the example %s',
    (_formula, def, example) => {
      const call = () => excel.call(def.id, example.args.map(excelShape));
      const expected = example.result;
      if (typeof expected === 'number' || typeof expected === 'string') expect(call()).toEqual([[expected]]);
      else if ('error' in expected) expect(thrownError(call).code).toBe({ div0: '#DIV/0!', num: '#NUM!', value: '#VALUE!', na: '#N/A' }[expected.error]);
      else expect(call()).toEqual(expected);
    },
  );
});

describe('the catalog worked numbers through Excel', () => {
  it.each(CATALOG_WORKED_NUMBERS)('%s(%j) is %d', (id, args, expected) => {
    expect(excel.call(id, args.map(excelShape))).toEqual([[expected]]);
  });

  it("gives social media a 0.25 share in BY_SOURCE", () => {
    const table = excel.call('BY_SOURCE', [[['social'], ['web'], ['web']], [[5000], [9000], [6000]]]) as unknown[][];
    expect(table.find((row) => row[0] === 'social')).toEqual(['social', 1, 5000, 0.25]);
  });

  it.each(CATALOG_WORKED_TABLES)('%s(%j) is the catalog table', (id, args, expected) => {
    expect(excel.call(id, args.map(excelShape))).toEqual(expected);
  });

  it.each(CATALOG_WORKED_ERRORS)('%s(%j) is an error', (id, args, kind) => {
    expect(thrownError(() => excel.call(id, args.map(excelShape))).code).toBe(({ div0: '#DIV/0!', num: '#NUM!', value: '#VALUE!', na: '#N/A' } as const)[kind]);
  });

  it('names the row of no source in Office\'s display language', () => {
    const args = [[['web'], [null], ['email']], [[100], [300], [50]]];
    expect((loadExcelFunctions({ displayLanguage: 'fa-IR' }).call('BY_SOURCE', args) as unknown[][])[0][0]).toBe('(بدون منبع)');
    expect((loadExcelFunctions({ displayLanguage: 'el-GR' }).call('BY_SOURCE', args) as unknown[][])[0][0]).toBe('(χωρίς πηγή)');
  });
});

describe('a CRM export opened in Excel, its columns left as text', () => {
  it('reads amounts with currency, dates with the year last and won/lost labels as the catalog says', () => {
    const amounts = [['$17,150.00'], ['$2,400.50'], ['(1,200.00)'], ['$9,000.00']];
    const stages = [['Closed Won'], ['Closed Won'], ['Closed Lost'], ['Negotiation']];
    expect(excel.call('AVG_DEAL_SIZE', [amounts, stages, null])).toEqual([[(17150 + 2400.5) / 2]]);
    const created = [['12/1/2024'], ['11/20/2024'], ['1/6/2025'], ['12/14/2024']];
    const closed = [['12/14/2024'], ['12/2/2024'], ['1/9/2025'], ['2/1/2025']];
    expect(excel.call('SALES_CYCLE', [created, closed, stages, null, null])).toEqual([[(13 + 12 + 3) / 3]]);
    expect(excel.call('WIN_RATE', [[['Closed Won'], ['Closed-Lost to Competition'], ['Closed Lost'], ['Qualification']], null, null])).toEqual([[1 / 3]]);
  });

  it('reads a German export: € 17.100,00 and 30.11.2024 09:39', () => {
    expect(excel.call('CAC', [[['€ 17.100,00']], [[2]]])).toEqual([[8550]]);
    expect(excel.call('AVG_RESPONSE_TIME', [[['30.11.2024 09:00']], [['30.11.2024 09:39']], [['minutes']]])).toEqual([[39]]);
  });
});

describe('values as Excel passes them', () => {
  it('reads serial day numbers as dates and skips null blanks (open deals)', () => {
    // 45352 is 2024-03-01, 45383 is 2024-04-01.
    expect(excel.call('SALES_CYCLE', [[[45352], [45352]], [[45383], [null]]])).toEqual([[31]]);
  });

  it('treats an omitted optional argument (null) as left out', () => {
    expect(excel.call('CLV', [[[200]], [[4]], [[3]], null])).toEqual([[2400]]);
  });

  it('gives #VALUE! with a message naming the cell from the parameter address', () => {
    const error = thrownError(() => excel.call('NPS', [[[10], [9], ['abc']]], ['Survey!$B$2:$B$4']));
    expect(error.code).toBe(ERROR_CODE.invalidValue);
    expect(error.message).toBe('NPS: scores cell B4 is "abc", expected a whole number 0–10');
  });

  it.each([
    ['fa-IR', '\u2067\u2066NPS\u2069: \u2066scores\u2069 در خانهٔ \u2066B4\u2069 برابر \u2066"abc"\u2069 است؛ باید یک عدد صحیح از \u2066۰\u2069 تا \u2066۱۰\u2069 باشد\u2069'],
    ['el-GR', 'NPS: Το scores στο κελί B4 είναι "abc", ενώ αναμένεται ένας ακέραιος αριθμός από 0 έως 10'],
    ['de-DE', 'NPS: scores cell B4 is "abc", expected a whole number 0–10'],
  ])('gives the message in Office\'s display language %s', (displayLanguage, text) => {
    const runtime = loadExcelFunctions({ displayLanguage });
    expect(thrownError(() => runtime.call('NPS', [[[10], [9], ['abc']]], ['Survey!$B$2:$B$4'])).message).toBe(text);
  });

  it('falls back to the row in the range when Excel gives no address', () => {
    expect(thrownError(() => excel.call('NPS', [[[10], [9], ['abc']]])).message).toBe('NPS: scores row 3 is "abc", expected a whole number 0–10');
  });

  it('gives #DIV/0! and #NUM! without a message, as Excel shows none on them', () => {
    const div0 = thrownError(() => excel.call('CAC', [[[10000]], [[0]]]));
    expect(div0.code).toBe(ERROR_CODE.divisionByZero);
    expect(div0.message).toBeUndefined();
    const num = thrownError(() => excel.call('PIPELINE_VELOCITY', [[[20]], [[150000000]], [[50]], [[30]]]));
    expect(num.code).toBe(ERROR_CODE.invalidNumber);
    expect(num.message).toBeUndefined();
  });

  it('gives #N/A with its message', () => {
    const error = thrownError(() => excel.call('FUNNEL', [[[null], [null]]]));
    expect(error.code).toBe(ERROR_CODE.notAvailable);
    expect(error.message).toBe('FUNNEL: stage_counts has no counts');
  });

  it('spills a range given for single values, returning an error only in the failing row, not throwing it', () => {
    const result = excel.call('CONVERSION_RATE', [[[100], [0], [null]], [[20], [0], [null]]]) as unknown[][];
    expect(result[0]).toEqual([0.2]);
    expect(result[1][0]).toBeInstanceOf(FakeExcelError);
    expect((result[1][0] as FakeExcelError).code).toBe(ERROR_CODE.divisionByZero);
    expect(result[2]).toEqual(['']);
  });

  it('returns a one-cell spill whose cell is an error as a matrix, as a range was given', () => {
    const result = excel.call('CONVERSION_RATE', [[[0], [null]], [[0], [null]]]) as unknown[][];
    expect(result).toHaveLength(2);
    expect((result[0][0] as FakeExcelError).code).toBe(ERROR_CODE.divisionByZero);
  });

  it('rejects with the error when the call had to ask Excel about blanks first', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A2': [['Empty'], ['Empty']] } });
    const result = runtime.call('NPS', [[[0], [0]]], ['A1:A2']) as Promise<unknown>;
    const error = await result.then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).code).toBe(ERROR_CODE.divisionByZero);
  });

  it('returns synchronously when no blank needs telling from a zero', () => {
    expect(excel.call('NPS', [[[10], [0]]])).toEqual([[0]]);
  });
});

describe('blank cells on Excel builds that pass 0 for a blank', () => {
  it('asks Excel for the value types and skips the zeros that are empty cells', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'Survey!B2:B4': [['Double'], ['Empty'], ['Double']] } });
    const result = runtime.call('NPS', [[[10], [0], [9]]], ['Survey!B2:B4']);
    expect(isThenable(result)).toBe(true);
    expect(await result).toEqual([[100]]);
    expect(runtime.loaded).toEqual(['Survey!B2:B4']);
  });

  it('keeps a real zero as a detractor', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'Survey!B2:B4': [['Double'], ['Double'], ['Double']] } });
    const nps = (await runtime.call('NPS', [[[10], [0], [9]]], ['Survey!B2:B4'])) as number[][];
    expect(nps[0][0]).toBeCloseTo(100 / 3, 12);
  });

  it('reads quoted sheet names', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { "Q1 data!B2:B3": [['Double'], ['Empty']] } });
    expect(await runtime.call('NPS', [[[10], [0]]], ["'Q1 data'!B2:B3"])).toEqual([[100]]);
  });

  it('stops asking once Excel has passed a blank as null', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A3': [['Double'], ['Empty'], ['Double']] } });
    expect(runtime.call('NPS', [[[10], [null], [9]]], ['A1:A3'])).toEqual([[100]]);
    expect(isThenable(runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3']))).toBe(false);
    expect(runtime.loaded).toEqual([]);
  });

  it('without the Excel API (a JavaScript-only runtime) counts the zero, as documented', () => {
    const runtime = loadExcelFunctions();
    const nps = runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3']) as number[][];
    expect(nps[0][0]).toBeCloseTo(100 / 3, 12);
  });

  it('treats 0 in a date range as blank without asking, since no one keeps day 0 as a date', () => {
    const runtime = loadExcelFunctions({ valueTypes: {}, platform: 'PC' });
    expect(runtime.call('SALES_CYCLE', [[[45352], [45352]], [[45383], [0]]], ['A1:A2', 'B1:B2'])).toEqual([[31]]);
    expect(runtime.runs).toBe(0);
  });

  it('never asks on Excel on the web, which passes blanks as null: a zero there is a real zero', () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A3': [['Double'], ['Empty'], ['Double']] }, platform: 'OfficeOnline' });
    const nps = runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3']) as number[][];
    expect(nps[0][0]).toBeCloseTo(100 / 3, 12);
    expect(runtime.runs).toBe(0);
  });

  it.each(['PC', 'Mac', undefined])('asks on platform %s until a null shows how the build passes blanks', async (platform) => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A3': [['Double'], ['Empty'], ['Double']] }, platform });
    expect(await runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3'])).toEqual([[100]]);
    expect(runtime.runs).toBe(1);
  });

  it('reads each range once for all the formulas of one calculation, in one Excel.run', async () => {
    const runtime = loadExcelFunctions({
      valueTypes: { 'Survey!B2:B4': [['Double'], ['Empty'], ['Double']], 'Deals!C2:C3': [['Double'], ['Empty']] },
      platform: 'PC',
    });
    // A dashboard's cells over the same columns, called by Excel one after another in one recalculation.
    const calls = [
      runtime.call('NPS', [[[10], [0], [9]]], ['Survey!$B$2:$B$4']),
      runtime.call('NPS_BREAKDOWN', [[[10], [0], [9]]], ['Survey!B2:B4']),
      runtime.call('AVG_DEAL_SIZE', [[[500], [0]], null, null], ['Deals!C2:C3', '', '']),
    ];
    const later = await Promise.resolve().then(() => runtime.call('NPS', [[[10], [0], [9]]], ['Survey!B2:B4']));
    expect(await Promise.all([...calls, later])).toEqual([
      [[100]], [['Promoters', 2, 1], ['Passives', 0, 0], ['Detractors', 0, 0]], [[500]], [[100]],
    ]);
    expect(runtime.runs).toBe(1);
    expect(runtime.loaded.sort()).toEqual(['Deals!C2:C3', 'Survey!B2:B4']);
  });

  it('asks only about the part of a whole column that holds values, on a build that passes its blanks as zeros', async () => {
    const ROWS = 1_048_576;
    const scores = [10, 0, 9, 7, 0, 10];
    const types = Array.from({ length: ROWS }, (_, i): ValueType[] => [i < scores.length ? 'Double' : 'Empty']);
    const runtime = loadExcelFunctions({ valueTypes: { 'Survey!B:B': types }, platform: 'PC' });
    const column = Array.from({ length: ROWS }, (_, i) => [i < scores.length ? scores[i] : 0]);
    // Three promoters and two detractors (the real zeros) in six answers; the million blanks below count for nothing.
    expect(await runtime.call('NPS', [column], ['Survey!$B:$B'])).toEqual([[100 / 6]]);
    expect(runtime.typeCells).toBe(scores.length);
  });

  it('keeps asking after a call that left an optional argument out, which every build passes as null', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A2': [['Double'], ['Empty']] }, platform: 'PC' });
    expect(runtime.call('CLV', [[[200]], [[4]], [[3]], null])).toEqual([[2400]]);
    expect(await runtime.call('AVG_DEAL_SIZE', [[[500], [0]], null, null], ['A1:A2', '', ''])).toEqual([[500]]);
    expect(runtime.runs).toBe(1);
  });

  it('reads afresh in the next calculation, as the cells may have changed', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A2': [['Double'], ['Empty']] }, platform: 'PC' });
    await runtime.call('NPS', [[[10], [0]]], ['A1:A2']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await runtime.call('NPS', [[[10], [0]]], ['A1:A2']);
    expect(runtime.runs).toBe(2);
  });

  it('counts the zeros when Excel.run fails, giving the value rather than an error', async () => {
    const runtime = loadExcelFunctions({ valueTypes: { 'A1:A3': [['Double'], ['Empty'], ['Double']] }, platform: 'PC', sync: 'fails' });
    const nps = (await runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3'])) as number[][];
    expect(nps[0][0]).toBeCloseTo(100 / 3, 12);
  });

  it('counts the zeros when Excel.run does not answer in time, so the cell never stays #BUSY!', async () => {
    vi.useFakeTimers();
    try {
      const runtime = loadExcelFunctions({ valueTypes: { 'A1:A3': [['Double'], ['Empty'], ['Double']] }, platform: 'PC', sync: 'hangs' });
      let settled: unknown;
      void (runtime.call('NPS', [[[10], [0], [9]]], ['A1:A3']) as Promise<unknown>).then((value) => { settled = value; });
      await vi.advanceTimersByTimeAsync(VALUE_TYPES_TIMEOUT_MS - 1);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect((settled as number[][])[0][0]).toBeCloseTo(100 / 3, 12);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('periods and subscription revenue as Excel passes dates', () => {
  const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

  it('gives Esfand 30 of the leap year 1403, and 1404 from Nowruz on 21 March', () => {
    expect(excel.call('JALALI', [[[serial(2025, 3, 20)]], null])).toEqual([['1403/12/30']]);
    expect(excel.call('JALALI', [[[serial(2025, 3, 21)]], null])).toEqual([['1404/01/01']]);
    expect(excel.call('JALALI', [[[serial(2024, 3, 19)], [serial(2024, 3, 20)]], [['month_name']]])).toEqual([['اسفند'], ['فروردین']]);
  });

  it('groups serials with a time of day, and Jalali text in Persian digits, by Jalali month', () => {
    const dates = [[serial(2024, 3, 19) + 0.99], ['۱۴۰۳/۰۱/۰۱'], [null], [serial(2024, 4, 19)]];
    expect(excel.call('BY_PERIOD', [dates, [[10], [20], [null], [30]], [['month']], [['jalali']], null])).toEqual([
      ['1402-12', 1, 10, ''], ['1403-01', 2, 50, 4],
    ]);
  });

  it('spills the cohort triangle and the MRR bridge, and gives NRR and GRR', () => {
    const customers = [['A'], ['B'], ['A'], ['B'], ['C'], ['A']];
    const months = [[45292], [45292], [45323], [45323], [45352], [45383]];
    const mrr = [[100], [50], [150], [0], [80], [150]];
    expect((excel.call('MRR_MOVEMENTS', [customers, months, mrr, null]) as unknown[][])[3]).toEqual(['2024-04', 80, 0, 0, 150, 0, -80, 150, 1]);
    expect(excel.call('NRR', [customers, months, mrr, [[45292]], [[45323]], null])).toEqual([[1]]);
    expect(excel.call('GRR', [customers, months, mrr, [[45292]], [[45323]], null])).toEqual([[2 / 3]]);
    expect((excel.call('COHORT_RETENTION', [customers, months, null, null]) as unknown[][])[0]).toEqual(['2024-01', 2, 1, 1, 0, 0.5]);
  });

  it('throws #VALUE! with the message for an unknown period, and #NUM! for a date past the Jalali calendar', () => {
    expect(thrownError(() => excel.call('BY_PERIOD', [[[45292]], null, [['decade']], null, null])).code).toBe('#VALUE!');
    expect(thrownError(() => excel.call('JALALI', [[[2_958_465]], null])).code).toBe('#NUM!');
  });
});

describe('customer value forecasts as Excel passes dates', () => {
  it('reproduces the CDNOW optimum and the catalog\'s customer from serial day numbers', () => {
    const { customers, days, amounts } = cdnowOrders();
    const model = excel.call('CLV_MODEL', [customers.map((c) => [c]), days.map((d) => [d]), amounts.map((a) => [a]), [[CDNOW_AS_OF]], [['weeks']]]) as (string | number)[][];
    expect(model.map(([name, value]) => [name, Number((value as number).toFixed(3))])).toEqual([
      ['r', 0.243], ['alpha', 4.414], ['a', 0.793], ['b', 2.426], ['BG/NBD log-likelihood', -9582.429],
      ['p', 6.25], ['q', 3.744], ['gamma', 15.444], ['Gamma-Gamma log-likelihood', -4055.918],
      ['customers', 2357], ['repeat customers', 946],
    ]);
    const forecast = excel.call('PURCHASE_FORECAST', [customers.map((c) => [c]), days.map((d) => [d]), [[39]], [[CDNOW_AS_OF]], [['weeks']]]) as (string | number)[][];
    expect(forecast[0].map((v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))).toEqual(['0001', 2, 30.429, 38.857, 0.727, 1.226]);
    const value = excel.call('CLV_FORECAST', [customers.map((c) => [c]), days.map((d) => [d]), amounts.map((a) => [a]), [[39]], [[CDNOW_AS_OF]], [['weeks']], null]) as (string | number)[][];
    expect(Number((value[0][1] as number).toFixed(3))).toBe(1.226);
  });

  it('gives #N/A with the message for too few customers', () => {
    const error = thrownError(() => excel.call('CLV_MODEL', [[['A'], ['B']], [[45352], [45353]], null, null, null]));
    expect(error.code).toBe(ERROR_CODE.notAvailable);
    expect(error.message).toBe('CLV_MODEL: customers has 2 customers; the model needs at least 10');
  });
});
