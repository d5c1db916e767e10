// The built Sheets scripts, run as Apps Script runs them, on the values Sheets passes.
import { describe, expect, it } from 'vitest';
import { CATALOG_WORKED_ERRORS, CATALOG_WORKED_NUMBERS, CATALOG_WORKED_TABLES } from '../helpers/catalog-worked-numbers';
import { CDNOW_AS_OF, cdnowOrders } from '../../scripts/cdnow-orders';
import { findKpi, REGISTRY, sheetsName } from '../../core';
import { loadAppsScript } from '../../scripts/host-runtimes/apps-script';

const sheets = loadAppsScript();

function callByName(runtime: ReturnType<typeof loadAppsScript>, name: string, args: readonly unknown[]): unknown {
  return runtime.call(name, ...args);
}

describe('dist/sheets in one Apps Script global scope', () => {
  it('defines every registry function as a top-level function under its Sheets name', () => {
    for (const def of REGISTRY) expect(typeof sheets.global[sheetsName(def)], def.id).toBe('function');
  });

  it('names GROWTH KPI_GROWTH so that it does not fall behind the built-in GROWTH', () => {
    expect(sheets.global.GROWTH).toBeUndefined();
    expect(sheets.call('KPI_GROWTH', 200000, 250000)).toBe(0.25);
  });

  it('loads without modules, require or timers', () => {
    expect(sheets.global.require).toBeUndefined();
    expect(sheets.global.module).toBeUndefined();
    expect(sheets.global.setTimeout).toBeUndefined();
  });

  it.each(REGISTRY.flatMap((def) => def.examples.map((example) => [example.formula, def, example] as const)))(
    'holds the example %s',
    (_formula, def, example) => {
      const call = () => callByName(sheets, sheetsName(def), example.args);
      const expected = example.result;
      if (typeof expected === 'object' && 'error' in expected) {
        expect(call).toThrowError(new RegExp(`^${def.id}: `));
      } else {
        expect(call()).toEqual(expected);
      }
    },
  );
});

describe('the catalog worked numbers through Sheets', () => {
  it.each(CATALOG_WORKED_NUMBERS)('%s(%j) is %d', (name, args, expected) => {
    expect(sheets.call(sheetsName(findKpi(name)!), ...args)).toBe(expected);
  });

  it("gives social media a 0.25 share in BY_SOURCE", () => {
    const table = sheets.call('BY_SOURCE', [['social'], ['web'], ['web']], [[5000], [9000], [6000]]) as unknown[][];
    expect(table.find((row) => row[0] === 'social')).toEqual(['social', 1, 5000, 0.25]);
  });

  it.each(CATALOG_WORKED_TABLES)('%s(%j) is the catalog table', (name, args, expected) => {
    expect(sheets.call(name, ...args)).toEqual(expected);
  });

  it.each(CATALOG_WORKED_ERRORS)('%s(%j) is an error', (name, args) => {
    expect(() => sheets.call(name, ...args)).toThrowError(new RegExp(`^${name}: `));
  });

  it('names the row of no source in the spreadsheet\'s language', () => {
    const args = [[['web'], [''], ['email']], [[100], [300], [50]]];
    expect((loadAppsScript({ spreadsheetLocale: 'el_GR' }).call('BY_SOURCE', ...args) as unknown[][])[0][0]).toBe('(χωρίς πηγή)');
  });
});

describe('a CRM export opened in Sheets, its columns left as text', () => {
  it('reads amounts with currency, dates with the year last and won/lost labels as the catalog says', () => {
    const amounts = [['$17,150.00'], ['$2,400.50'], ['(1,200.00)'], ['$9,000.00']];
    const stages = [['Closed Won'], ['Closed Won'], ['Closed Lost'], ['Negotiation']];
    expect(sheets.call('AVG_DEAL_SIZE', amounts, stages)).toBe((17150 + 2400.5) / 2);
    const created = [['12/1/2024'], ['11/20/2024'], ['1/6/2025'], ['12/14/2024']];
    const closed = [['12/14/2024'], ['12/2/2024'], ['1/9/2025'], ['2/1/2025']];
    expect(sheets.call('SALES_CYCLE', created, closed, stages)).toBe((13 + 12 + 3) / 3);
    expect(sheets.call('WIN_RATE', [['Closed Won'], ['Closed-Lost to Competition'], ['Closed Lost'], ['Qualification']])).toBe(1 / 3);
  });

  it('reads a Persian export: amounts in rials with Persian digits, Jalali dates with a time', () => {
    expect(sheets.call('AVG_DEAL_SIZE', [['۴۲۳٬۰۰۰٬۰۰۰ ریال'], ['۱۷٬۰۰۰٬۰۰۰ ریال']], [['موفق'], ['ناموفق']])).toBe(423000000);
    expect(sheets.call('SALES_CYCLE', [['۱۴۰۳/۰۸/۲۵ ۱۳:۰۹']], [['۱۴۰۳/۰۹/۰۵ ۱۳:۰۹']])).toBe(10);
  });
});

describe('values as Sheets passes them', () => {
  it('skips "" blanks inside a range', () => {
    expect(sheets.call('NPS', [[10], [''], [9], ['']])).toBe(100);
  });

  it('counts Date objects in calendar days across a daylight-saving change', () => {
    // Under TZ=Europe/Athens clocks go forward on 2024-03-31: the naive millisecond difference is 30.96 days.
    const start = sheets.evaluate<Date>('new Date(2024, 2, 1)');
    const close = sheets.evaluate<Date>('new Date(2024, 3, 1)');
    expect((close.getTime() - start.getTime()) / 86_400_000).not.toBe(31);
    expect(sheets.call('SALES_CYCLE', [[start]], [[close]])).toBe(31);
  });

  it("reads Date objects on the spreadsheet's clock when its zone differs from the script's", () => {
    const tehran = loadAppsScript({ spreadsheetTimeZone: 'Asia/Tehran', scriptTimeZone: 'Europe/Athens' });
    // Midnight in Tehran on 5 and 15 March 2024 is still the previous evening in Athens.
    const start = tehran.evaluate<Date>('new Date(Date.UTC(2024, 2, 4, 20, 30))');
    const close = tehran.evaluate<Date>('new Date(Date.UTC(2024, 2, 14, 20, 30))');
    expect(tehran.call('SALES_CYCLE', [[start]], [[close]])).toBe(10);
    const table = tehran.call('RFM', [['A']], [[close]], [[100]]) as unknown[][];
    expect(table[0]).toEqual(['A', 0, 1, 100, 5, 5, 5, 'Champions']);
    expect(tehran.calls).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });

  it('does not ask for the time zone when no argument is a Date', () => {
    const runtime = loadAppsScript();
    runtime.call('SALES_CYCLE', [['2024-01-01']], [['2024-01-31']]);
    expect(runtime.calls).toEqual([]);
  });

  it('mixes Date objects, ISO text and Solar Hijri text in one range', () => {
    const start = sheets.evaluate<Date>('new Date(2024, 2, 5)');
    expect(sheets.call('SALES_CYCLE', [[start], ['2024-03-05'], ['۱۴۰۲/۱۲/۱۵']], [['2024-03-15'], [sheets.evaluate<Date>('new Date(2024, 2, 15)')], ['1402/12/25']])).toBe(10);
  });

  it('throws an Error whose message names the function, the argument and the row', () => {
    expect(() => sheets.call('NPS', [[10], ['abc']])).toThrowError('NPS: scores row 2 is "abc", expected a whole number 0–10');
  });

  it('spills ranges given for single values, leaving blank rows blank', () => {
    expect(sheets.call('CONVERSION_RATE', [[100], [''], [50]], [[20], [''], [25]])).toEqual([[0.2], [''], [0.5]]);
  });

  it('fails a spilled call whole when a row has an error, saying which row and how many', () => {
    expect(() => sheets.call('CONVERSION_RATE', [[100], [0], [0]], [[20], [0], [0]]))
      .toThrowError('CONVERSION_RATE: from_count row 2 is 0, so there is nothing to divide by (2 of 3 cells have errors)');
  });

  it('never changes the arrays Sheets passes in', () => {
    const scores = [[10], [''], ['۹'], [0]];
    const copy = structuredClone(scores);
    sheets.call('NPS', scores);
    expect(scores).toEqual(copy);
  });
});

describe('the language of a cell\'s messages in Sheets', () => {
  const PERSIAN = '\u2067\u2066NPS\u2069: \u2066scores\u2069 در سطر \u2066۲\u2069 برابر \u2066"abc"\u2069 است؛ باید یک عدد صحیح از \u2066۰\u2069 تا \u2066۱۰\u2069 باشد\u2069';
  const GREEK = 'NPS: Το scores στη γραμμή 2 είναι "abc", ενώ αναμένεται ένας ακέραιος αριθμός από 0 έως 10';
  const ENGLISH = 'NPS: scores row 2 is "abc", expected a whole number 0–10';
  const message = (runtime: ReturnType<typeof loadAppsScript>) => {
    try {
      runtime.call('NPS', [[10], ['abc']]);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected an error');
  };

  it('follows the spreadsheet\'s locale: Greek for el_GR, English for a locale we do not speak', () => {
    expect(message(loadAppsScript({ spreadsheetLocale: 'el_GR' }))).toBe(GREEK);
    expect(message(loadAppsScript({ spreadsheetLocale: 'de_DE' }))).toBe(ENGLISH);
  });

  it('takes the language chosen in the sidebar for this spreadsheet before its locale, as Sheets has no Iranian one', () => {
    const runtime = loadAppsScript({ spreadsheetLocale: 'en_US' });
    expect(runtime.call('messageLanguageGet')).toBe('');
    runtime.call('messageLanguageSet', 'fa');
    expect(runtime.documentProperties.get('salesKpi.messageLanguage')).toBe('fa');
    expect(runtime.call('messageLanguageGet')).toBe('fa');
    expect(message(runtime)).toBe(PERSIAN);
    runtime.call('messageLanguageSet', '');
    expect(message(runtime)).toBe(ENGLISH);
    expect(() => runtime.call('messageLanguageSet', 'xx')).toThrowError('xx is not a language of Sales KPI');
  });

  it('reads the messages from messages.html once, only when there is a message to show', () => {
    const read = (runtime: ReturnType<typeof loadAppsScript>) => runtime.calls.filter((c) => c === 'HtmlService.createHtmlOutputFromFile(messages)').length;
    const english = loadAppsScript({ spreadsheetLocale: 'en_US' });
    english.call('NPS', [[10], [9]]);
    expect(read(english)).toBe(0);
    expect(message(english)).toBe(ENGLISH);
    expect(read(english)).toBe(1);
    const greek = loadAppsScript({ spreadsheetLocale: 'el_GR' });
    expect(message(greek)).toBe(GREEK);
    expect(message(greek)).toBe(GREEK);
    expect(read(greek)).toBe(1);
  });

  it('asks for the language only when there is an error', () => {
    const runtime = loadAppsScript({ spreadsheetLocale: 'el_GR' });
    runtime.call('NPS', [[10], [9]]);
    expect(runtime.calls.filter((c) => c.includes('Locale') || c.includes('Properties'))).toEqual([]);
  });
});

describe('periods and subscription revenue as Sheets passes dates', () => {
  it('reads Date objects on the spreadsheet\'s day across Tehran\'s last daylight-saving changes', () => {
    const tehran = loadAppsScript({ spreadsheetTimeZone: 'Asia/Tehran', scriptTimeZone: 'America/New_York' });
    // Cells 1400/01/02 and 1400/06/31 at midnight in Tehran (+04:30 and +03:30 that year).
    const nowruzNextDay = tehran.evaluate<Date>('new Date(Date.UTC(2021, 2, 21, 20, 30))');
    const lastSummerDay = tehran.evaluate<Date>('new Date(Date.UTC(2021, 8, 21, 20, 30))');
    expect(tehran.call('JALALI', [[nowruzNextDay], [lastSummerDay]])).toEqual([['1400/01/02'], ['1400/06/31']]);
    expect(tehran.call('BY_PERIOD', [[nowruzNextDay], [lastSummerDay]], '', 'quarter', 'شمسی')).toEqual([
      ['1400-Q1', 1, 0, ''], ['1400-Q2', 1, 0, 0],
    ]);
  });

  it('groups Athens dates by month across the spring-forward weekend', () => {
    const athens = loadAppsScript({ spreadsheetTimeZone: 'Europe/Athens', scriptTimeZone: 'Europe/Athens' });
    const march = athens.evaluate<Date>('new Date(2024, 2, 31)');
    const april = athens.evaluate<Date>('new Date(2024, 3, 1)');
    expect(athens.call('BY_PERIOD', [[march], [april]], [[5], [7]])).toEqual([['2024-03', 1, 5, ''], ['2024-04', 1, 7, 0.4]]);
  });

  it('spills the MRR bridge and the cohort triangle, and fails with the message on a negative mrr', () => {
    const customers = [['A'], ['B'], ['A'], ['B'], ['C'], ['A']];
    const months = [['2024-01-01'], ['2024-01-01'], ['2024-02-01'], ['2024-02-01'], ['2024-03-01'], ['2024-04-01']];
    const mrr = [[100], [50], [150], [0], [80], [150]];
    expect((sheets.call('MRR_MOVEMENTS', customers, months, mrr) as unknown[][])[1]).toEqual(['2024-02', 150, 0, 50, 0, 0, -50, 150, 1]);
    expect(sheets.call('GRR', customers, months, mrr, '2024-01-01', '2024-02-01')).toBe(2 / 3);
    expect(() => sheets.call('MRR_MOVEMENTS', customers, months, [[100], [-50], [150], [0], [80], [150]])).toThrowError(/^MRR_MOVEMENTS: mrr row 2 is -50/);
  });
});

describe('customer value forecasts as Sheets passes dates', () => {
  it('reproduces the CDNOW optimum and the catalog\'s customer from Date cells in the spreadsheet\'s zone, orders after as_of held out', () => {
    const tehran = loadAppsScript({ spreadsheetTimeZone: 'Asia/Tehran', scriptTimeZone: 'America/New_York' });
    const { customers, days, amounts } = cdnowOrders();
    // Each order date as Sheets hands it over: midnight in Tehran as a Date (its UTC instant the evening before).
    const toDate = tehran.evaluate<(serial: number) => Date>('(serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000 - 3.5 * 3600000)');
    const dates = days.map((day) => [toDate(day)]);
    const asOf = toDate(CDNOW_AS_OF);
    const model = tehran.call('CLV_MODEL', customers.map((c) => [c]), dates, amounts.map((a) => [a]), asOf, 'weeks') as (string | number)[][];
    expect(model.map(([name, value]) => [name, Number((value as number).toFixed(3))])).toEqual([
      ['r', 0.243], ['alpha', 4.414], ['a', 0.793], ['b', 2.426], ['BG/NBD log-likelihood', -9582.429],
      ['p', 6.25], ['q', 3.744], ['gamma', 15.444], ['Gamma-Gamma log-likelihood', -4055.918],
      ['customers', 2357], ['repeat customers', 946],
    ]);
    const forecast = tehran.call('PURCHASE_FORECAST', customers.map((c) => [c]), dates, 39, asOf, 'weeks') as (string | number)[][];
    expect(forecast[0].map((v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v))).toEqual(['0001', 2, 30.429, 38.857, 0.727, 1.226]);
  });

  it('fails with the message when nobody bought twice', () => {
    const names = 'ABCDEFGHIJ'.split('').map((c) => [c]);
    expect(() => sheets.call('CLV_MODEL', names, names.map(() => ['2024-03-05']))).toThrowError('CLV_MODEL: order_dates has no customer who bought on two different days by 2024-03-05, so there is no repeat buying to learn from');
  });
});
