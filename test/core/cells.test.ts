import { describe, expect, it } from 'vitest';
import { renderValue } from '../../core/messages/render';
import {
  dateObjectToDay, describeCell, formatDay, isBlank, isBlankDate, labelKey, labelKeyer, parseDateText,
  parseNumberText, readDate, readLabel, readNumber, toWesternDigits,
} from '../../core/cells';

/** A wall-clock day number written out by hand: Excel serial plus a clock time, as whole milliseconds ÷ a day. */
function day(serial: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  return (serial * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms) / 86_400_000;
}

/** A day number in whole milliseconds, for results that involve one floating-point subtraction. */
function inMs(dayNumber: number): number {
  return Math.round(dayNumber * 86_400_000);
}

// Excel serials, counted by hand from 2024-01-01 = 45292 (=DATE(2024,1,1)).
const JAN_1_2024 = 45292;
const MAR_1_2024 = 45352; // + 31 (Jan) + 29 (Feb, leap)
const MAR_5_2024 = 45356;

describe('parseNumberText', () => {
  it('reads plain Western numbers, signs and a leading decimal point', () => {
    expect(parseNumberText('1234')).toBe(1234);
    expect(parseNumberText('-12.5')).toBe(-12.5);
    expect(parseNumberText('+7')).toBe(7);
    expect(parseNumberText('.5')).toBe(0.5);
    expect(parseNumberText('-.25')).toBe(-0.25);
    expect(parseNumberText('0')).toBe(0);
  });

  it('reads comma thousands separators that group by three', () => {
    expect(parseNumberText('1,234')).toBe(1234);
    expect(parseNumberText('1,234,567.89')).toBe(1234567.89);
    expect(parseNumberText('-20,000')).toBe(-20000);
  });

  it('reads a decimal comma where the text shows one: one or two digits after a last comma, dots grouping by three before it', () => {
    expect(parseNumberText('1,5')).toBe(1.5);
    expect(parseNumberText('12,5')).toBe(12.5);
    expect(parseNumberText('20.000,50')).toBe(20000.5);
    expect(parseNumberText('17.100,00')).toBe(17100);
    expect(parseNumberText('-1.234.567,89')).toBe(-1234567.89);
  });

  it('keeps the decimal point elsewhere, so "12.000" and "1.500" are 12 and 1.5, as the catalog says', () => {
    expect(parseNumberText('12.000')).toBe(12);
    expect(parseNumberText('1.500')).toBe(1.5);
    expect(parseNumberText('1,500')).toBe(1500);
  });

  it('reads amounts as CRMs write them: a currency sign or code on either side, parentheses for a negative', () => {
    expect(parseNumberText('$17,150.00')).toBe(17150);
    expect(parseNumberText('$12,500.00')).toBe(12500);
    expect(parseNumberText('€ 17.100,00')).toBe(17100);
    expect(parseNumberText('10.196,17 €')).toBe(10196.17);
    expect(parseNumberText('10.196,17\u00a0€')).toBe(10196.17);
    expect(parseNumberText('۴۲۳٬۰۰۰٬۰۰۰ ریال')).toBe(423000000);
    expect(parseNumberText('۴۲۳٬۰۰۰٬۰۰۰ ريال')).toBe(423000000);
    expect(parseNumberText('5٬000 تومان')).toBe(5000);
    expect(parseNumberText('USD 1,200.50')).toBe(1200.5);
    expect(parseNumberText('1200 EUR')).toBe(1200);
    expect(parseNumberText('£3')).toBe(3);
    expect(parseNumberText('-$5')).toBe(-5);
    expect(parseNumberText('(1,200.00)')).toBe(-1200);
    expect(parseNumberText('(100)')).toBe(-100);
    expect(parseNumberText('($1,200.00)')).toBe(-1200);
  });

  it('refuses a currency or parentheses around anything but one plain number', () => {
    for (const text of ['$', '€ ', '(-5)', '((5))', '$ $5', 'usd 5', 'ABCD 5', '5 ریال ریال', '()', '(5']) {
      expect(parseNumberText(text), text).toBeNaN();
    }
  });

  it('rejects separators that do not group by three, so "20.000,500" or "1,0000" are never misread', () => {
    for (const text of ['1,0000', '20.000,500', '12,34,567', '1,000,00', '1.234.567', ',123', '1,', '1.5,5']) {
      expect(parseNumberText(text), text).toBeNaN();
    }
  });

  it('reads Persian digits with the Arabic thousands separator', () => {
    expect(parseNumberText('۸٬۰۰۰')).toBe(8000);
    expect(parseNumberText('۲۰۰۰')).toBe(2000);
    expect(parseNumberText('۱٬۲۳۴٬۵۶۷')).toBe(1234567);
  });

  it('reads the Arabic decimal separator with Persian and Arabic-Indic digits', () => {
    expect(parseNumberText('۱۲۳۴٫۵')).toBe(1234.5);
    expect(parseNumberText('۱٬۲۳۴٫۵')).toBe(1234.5);
    expect(parseNumberText('٣٫٢٥')).toBe(3.25);
  });

  it('reads Arabic-Indic digits', () => {
    expect(parseNumberText('٨٠٠٠')).toBe(8000);
    expect(parseNumberText('٢٬٥٠٠')).toBe(2500);
    expect(parseNumberText('٠١٢٣٤٥٦٧٨٩')).toBe(123456789);
  });

  it('reads a number whose digits mix the three digit sets', () => {
    expect(parseNumberText('۱2٣')).toBe(123);
  });

  it('divides by 100 for a trailing % or ٪', () => {
    expect(parseNumberText('25%')).toBe(0.25);
    expect(parseNumberText('12.5%')).toBe(0.125);
    expect(parseNumberText('-5%')).toBe(-0.05);
    expect(parseNumberText('1,000%')).toBe(10);
    expect(parseNumberText('۵۰٪')).toBe(0.5);
    expect(parseNumberText('١٠٪')).toBe(0.1);
    expect(parseNumberText('50٪')).toBe(0.5);
  });

  it('reads a percentage as the same number as the decimal it spells ("14.3%" is 0.143 exactly)', () => {
    expect(parseNumberText('14.3%')).toBe(0.143);
    expect(parseNumberText('0.07%')).toBe(0.0007);
    expect(parseNumberText('۷٫۱٪')).toBe(0.071);
  });

  it('ignores surrounding whitespace, bidi marks and reads the Unicode minus sign', () => {
    expect(parseNumberText('  42\t')).toBe(42);
    expect(parseNumberText('\u00a042\u00a0')).toBe(42);
    expect(parseNumberText('\u200f۵۰٪')).toBe(0.5);
    expect(parseNumberText('\u200e-5\u200e')).toBe(-5);
    expect(parseNumberText('\u2066123\u2069')).toBe(123);
    expect(parseNumberText('\u061c۷')).toBe(7);
    expect(parseNumberText('\u22123')).toBe(-3);
  });

  it('rejects text that is not a plain decimal number', () => {
    for (const text of ['', '   ', 'abc', '%', '5%%', '%5', '1e3', '0x10', '12.', '--5', '+-5', '5-', 'Infinity', 'NaN', '1 000', '12abc', '½']) {
      expect(parseNumberText(text), JSON.stringify(text)).toBeNaN();
    }
  });

  it('rejects digits too many to be a finite number rather than reading Infinity', () => {
    expect(parseNumberText(`1${'0'.repeat(400)}`)).toBeNaN();
    expect(parseNumberText(`-1${'0'.repeat(400)}%`)).toBeNaN();
  });
});

describe('readNumber', () => {
  it('passes finite numbers through and reads numeric text', () => {
    expect(readNumber(5)).toBe(5);
    expect(readNumber(-0.5)).toBe(-0.5);
    expect(readNumber('۸٬۰۰۰')).toBe(8000);
    expect(readNumber('12%')).toBe(0.12);
  });

  it('never reads booleans, dates, blanks or non-finite numbers as numbers', () => {
    for (const cell of [true, false, new Date(2024, 2, 5), null, undefined, '', NaN, Infinity, -Infinity]) {
      expect(readNumber(cell), String(cell)).toBeNaN();
    }
  });
});

describe('toWesternDigits', () => {
  it('maps both Eastern digit sets to ASCII and drops direction marks and tatweel', () => {
    expect(toWesternDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toWesternDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toWesternDigits('\u200fa\u200eb\u0640c')).toBe('abc');
  });
});

describe('parseDateText', () => {
  it('reads ISO dates with dashes or slashes and one-digit months and days', () => {
    expect(parseDateText('2024-03-05')).toBe(MAR_5_2024);
    expect(parseDateText('2024/03/05')).toBe(MAR_5_2024);
    expect(parseDateText('2024-3-5')).toBe(MAR_5_2024);
    expect(parseDateText('2024-01-01')).toBe(JAN_1_2024);
    expect(parseDateText('  2024-03-01  ')).toBe(MAR_1_2024);
  });

  it('reads ISO dates written in Persian or Arabic-Indic digits', () => {
    expect(parseDateText('۲۰۲۴-۰۳-۰۵')).toBe(MAR_5_2024);
    expect(parseDateText('٢٠٢٤/٠٣/٠٥')).toBe(MAR_5_2024);
  });

  it('reads clock times, with seconds and milliseconds', () => {
    expect(parseDateText('2024-03-05 09:00')).toBe(day(MAR_5_2024, 9));
    expect(parseDateText('2024-03-05T09:30:15')).toBe(day(MAR_5_2024, 9, 30, 15));
    expect(parseDateText('2024-03-05T09:30:15.25')).toBe(day(MAR_5_2024, 9, 30, 15, 250));
    expect(parseDateText('2024-03-05t23:59')).toBe(day(MAR_5_2024, 23, 59));
  });

  it('reads Z as UTC and converts an offset to UTC (to the millisecond)', () => {
    expect(parseDateText('2024-03-05T09:00Z')).toBe(day(MAR_5_2024, 9));
    expect(inMs(parseDateText('2024-03-05T09:00+03:30'))).toBe(inMs(day(MAR_5_2024, 5, 30)));
    expect(inMs(parseDateText('2024-03-05 09:00 +0330'))).toBe(inMs(day(MAR_5_2024, 5, 30)));
    expect(inMs(parseDateText('2024-03-05T21:00-05:00'))).toBe(inMs(day(MAR_5_2024 + 1, 2)));
  });

  it('reads a year below 1700 as Solar Hijri (Jalali)', () => {
    // 1 Farvardin 1403 is 2024-03-20; Esfand 1402 has 29 days, so 1402/12/15 is 2024-03-05.
    expect(parseDateText('1402/12/15')).toBe(MAR_5_2024);
    expect(parseDateText('1403/01/01')).toBe(MAR_1_2024 + 19);
    expect(parseDateText('1402/12/29')).toBe(MAR_1_2024 + 18);
    expect(parseDateText('1403-02-21')).toBe(MAR_1_2024 + 31 + 30 + 9); // 2024-05-10
  });

  it('reads Jalali dates in Persian and Arabic-Indic digits, with bidi marks and times', () => {
    expect(parseDateText('۱۴۰۲/۱۲/۱۵')).toBe(MAR_5_2024);
    expect(parseDateText('١٤٠٢/١٢/١٥')).toBe(MAR_5_2024);
    expect(parseDateText('\u200f۱۴۰۲/۱۲/۱۵\u200f')).toBe(MAR_5_2024);
    expect(parseDateText('۱۴۰۲/۱۲/۱۵ ۱۴:۳۰')).toBe(day(MAR_5_2024, 14, 30));
  });

  it('accepts 30 Esfand in the Jalali leap year 1403 but not in 1402', () => {
    // 1403 is leap: 1403/12/30 is 2025-03-20 (serial 45658 + 31 + 28 + 19).
    expect(parseDateText('1403/12/30')).toBe(45736);
    expect(parseDateText('۱۴۰۳/۱۲/۳۰')).toBe(45736);
    expect(parseDateText('1402/12/30')).toBeNaN();
    expect(parseDateText('۱۴۰۲/۱۲/۳۰')).toBeNaN();
  });

  it('accepts Gregorian leap days and rejects days that do not exist', () => {
    expect(parseDateText('2024-02-29')).toBe(MAR_1_2024 - 1);
    expect(parseDateText('2000-02-29')).toBe(36585);
    for (const text of ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '1402/13/01', '1402/07/31']) {
      expect(parseDateText(text), text).toBeNaN();
    }
  });

  it('rejects impossible clock times', () => {
    for (const text of ['2024-03-05 24:00', '2024-03-05 10:60', '2024-03-05 10:00:60', '2024-03-05 9']) {
      expect(parseDateText(text), text).toBeNaN();
    }
  });

  it('rejects other date spellings rather than guessing day and month order', () => {
    for (const text of ['05/03/2024', '03/05/2024', '2024-03', 'March 5, 2024', '20240305', '', 'abc', '2024-03-05x', '45356']) {
      expect(parseDateText(text), text).toBeNaN();
    }
  });
});

describe('readDate', () => {
  it('reads positive numbers as Excel serial days, fractions as clock times', () => {
    expect(readDate(MAR_5_2024)).toBe(MAR_5_2024);
    expect(readDate(MAR_5_2024 + 0.5)).toBe(MAR_5_2024 + 0.5);
    expect(readDate(1)).toBe(1);
    expect(readDate(2_958_465)).toBe(2_958_465); // 9999-12-31
  });

  it('does not take 0, negatives, non-finite numbers or days after 9999 as dates', () => {
    for (const cell of [0, -1, -0.5, NaN, Infinity, 2_958_466]) expect(readDate(cell), String(cell)).toBeNaN();
  });

  it('reads date text and refuses text before the serial epoch', () => {
    expect(readDate('2024-03-05')).toBe(MAR_5_2024);
    expect(readDate('۱۴۰۲/۱۲/۱۵')).toBe(MAR_5_2024);
    expect(readDate('1899-12-31')).toBe(1);
    expect(readDate('1899-12-30')).toBeNaN();
    expect(readDate('1700-01-01')).toBeNaN();
    expect(readDate('soon')).toBeNaN();
  });

  it('counts a Date object as the calendar day and clock time it shows', () => {
    expect(readDate(new Date(2024, 2, 5))).toBe(MAR_5_2024);
    expect(readDate(new Date(2024, 2, 5, 18, 15))).toBe(day(MAR_5_2024, 18, 15));
  });

  it('refuses invalid Dates and Dates before 1899-12-31', () => {
    expect(readDate(new Date(NaN))).toBeNaN();
    expect(readDate(new Date(1899, 11, 30))).toBeNaN();
  });

  it('refuses a Date in the year 50 instead of reading it as 1950', () => {
    const year50 = new Date(2000, 5, 15);
    year50.setFullYear(50);
    expect(readDate(year50)).toBeNaN();
    expect(readDate(year50, 'UTC')).toBeNaN();
  });

  it('reads a Date in the given time zone', () => {
    const instant = new Date(Date.UTC(2024, 2, 4, 22, 0));
    expect(readDate(instant, 'Asia/Tehran')).toBe(day(MAR_5_2024, 1, 30));
    expect(readDate(instant, 'UTC')).toBe(day(MAR_5_2024 - 1, 22));
  });

  it('is never a date for booleans and blanks', () => {
    for (const cell of [true, false, null, undefined, '']) expect(readDate(cell), String(cell)).toBeNaN();
  });
});

describe('dateObjectToDay', () => {
  it('without a time zone, reads the local calendar date and clock time', () => {
    expect(dateObjectToDay(new Date(2024, 2, 31, 4, 30))).toBe(day(MAR_1_2024 + 30, 4, 30));
    expect(dateObjectToDay(new Date(2024, 0, 1, 0, 0, 0, 1))).toBe(day(JAN_1_2024, 0, 0, 0, 1));
  });

  it('counts the local days across a daylight-saving change as whole days', () => {
    const before = new Date(2024, 2, 30);
    const after = new Date(2024, 3, 1);
    // Europe/Athens (the suite's zone) moves its clocks forward on 2024-03-31, so these are 47 hours apart.
    expect(after.getTime() - before.getTime()).toBe(47 * 3_600_000);
    expect(dateObjectToDay(after) - dateObjectToDay(before)).toBe(2);
  });

  it('with a time zone, reads the wall clock in that zone on both sides of its DST change', () => {
    // Athens: 2024-03-31 01:00 UTC, clocks go from 03:00 to 04:00.
    expect(dateObjectToDay(new Date(Date.UTC(2024, 2, 31, 0, 30)), 'Europe/Athens')).toBe(day(MAR_1_2024 + 30, 2, 30));
    expect(dateObjectToDay(new Date(Date.UTC(2024, 2, 31, 1, 30)), 'Europe/Athens')).toBe(day(MAR_1_2024 + 30, 4, 30));
    // New York: 2024-03-10 07:00 UTC, clocks go from 02:00 to 03:00.
    expect(dateObjectToDay(new Date(Date.UTC(2024, 2, 10, 6, 30)), 'America/New_York')).toBe(day(MAR_1_2024 + 9, 1, 30));
    expect(dateObjectToDay(new Date(Date.UTC(2024, 2, 10, 7, 30)), 'America/New_York')).toBe(day(MAR_1_2024 + 9, 3, 30));
  });

  it('with a time zone, handles half- and quarter-hour offsets', () => {
    const newYear = new Date(Date.UTC(2024, 0, 1));
    expect(dateObjectToDay(newYear, 'Asia/Tehran')).toBe(day(JAN_1_2024, 3, 30));
    expect(dateObjectToDay(newYear, 'Asia/Kathmandu')).toBe(day(JAN_1_2024, 5, 45));
    expect(dateObjectToDay(newYear, 'UTC')).toBe(JAN_1_2024);
    expect(dateObjectToDay(newYear, 'America/Los_Angeles')).toBe(day(JAN_1_2024 - 1, 16));
  });

  it('keeps the milliseconds of a Date read in a time zone', () => {
    expect(dateObjectToDay(new Date(Date.UTC(2024, 0, 1, 12, 0, 7, 125)), 'UTC')).toBe(day(JAN_1_2024, 12, 0, 7, 125));
  });

  it('gives the same day for a zone as for the runtime zone when they are the same zone', () => {
    const instant = new Date(Date.UTC(2024, 5, 1, 12));
    expect(dateObjectToDay(instant, Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(dateObjectToDay(instant));
  });

  it('reads the years 0–99 as themselves, not as 1900–1999', () => {
    // 0050-06-15 is 5 × 146097 days (five 400-year cycles) before 2050-06-15, serial 54954.
    const utc = new Date(Date.UTC(2000, 5, 15));
    utc.setUTCFullYear(50);
    expect(dateObjectToDay(utc, 'UTC')).toBe(54954 - 5 * 146_097);
    const local = new Date(2000, 5, 15);
    local.setFullYear(50);
    expect(dateObjectToDay(local)).toBe(54954 - 5 * 146_097);
  });

  it('gives NaN for an invalid Date, with or without a zone', () => {
    expect(dateObjectToDay(new Date(NaN))).toBeNaN();
    expect(dateObjectToDay(new Date(NaN), 'Asia/Tehran')).toBeNaN();
  });
});

describe('formatDay', () => {
  it('gives the day number as digits for a day beyond what a JavaScript Date holds', () => {
    expect(formatDay(200_000_000)).toBe('200000000');
    expect(formatDay(-200_000_000)).toBe('-200000000');
  });

  it('writes whole days as ISO dates and others with the clock time', () => {
    expect(formatDay(MAR_5_2024)).toBe('2024-03-05');
    expect(formatDay(day(MAR_5_2024, 9, 30))).toBe('2024-03-05 09:30');
  });
});

describe('labelKey', () => {
  it('ignores case and surrounding or repeated whitespace', () => {
    expect(labelKey(' Closed   WON ')).toBe(labelKey('closed won'));
    expect(labelKey('Won\u00a0')).toBe('won');
  });

  it('matches Greek words whatever their case, accents and final sigma ("ΚΑΛΟ" equals "Καλό")', () => {
    expect(labelKey('ΚΑΛΟ')).toBe(labelKey('Καλό'));
    expect(labelKey('καλό')).toBe(labelKey('ΚΑΛΌ'));
    expect(labelKey('ΚΑΛΟΣ')).toBe(labelKey('καλός'));
    expect(labelKey('Εξαιρετικό')).toBe('εξαιρετικο');
  });

  it('matches Arabic and Persian yeh and kaf ("علي" equals "علی")', () => {
    expect(labelKey('علي')).toBe(labelKey('علی'));
    expect(labelKey('على')).toBe(labelKey('علی'));
    expect(labelKey('كتاب')).toBe(labelKey('کتاب'));
  });

  it('ignores Arabic diacritics and Latin accents', () => {
    expect(labelKey('عَلِی')).toBe(labelKey('علی'));
    expect(labelKey('Café')).toBe('cafe');
  });

  it('treats a zero-width non-joiner like a space', () => {
    expect(labelKey('می\u200cخواهم')).toBe(labelKey('می خواهم'));
    expect(labelKey('از\u200cدست\u200cرفت')).toBe(labelKey('از دست رفت'));
  });

  it('matches labels written in Persian, Arabic-Indic or Western digits, and ignores direction marks', () => {
    expect(labelKey('C۱۲۳')).toBe(labelKey('C123'));
    expect(labelKey('مشتری ۱۲')).toBe(labelKey('مشتری ١٢'));
    expect(labelKey('\u200fمشتری 12')).toBe(labelKey('مشتری ۱۲'));
    expect(labelKey('C۱۲۳')).not.toBe(labelKey('C124'));
  });

  it('keeps different words apart', () => {
    expect(labelKey('won')).not.toBe(labelKey('lost'));
    expect(labelKey('Καλό')).not.toBe(labelKey('Κακό'));
    expect(labelKey('میخواهم')).not.toBe(labelKey('می خواهم'));
  });

  it('gives the same keys through the caching labelKeyer', () => {
    const key = labelKeyer();
    for (const label of ['ΚΑΛΟ', 'علي', 'Won ', 'ΚΑΛΟ']) expect(key(label)).toBe(labelKey(label));
  });
});

describe('isBlank and isBlankDate', () => {
  it('counts null, undefined, "" and whitespace-only text as blank, but not 0 or FALSE', () => {
    for (const cell of [null, undefined, '', '   ']) expect(isBlank(cell)).toBe(true);
    for (const cell of [0, false, 'x', new Date(2024, 0, 1)]) expect(isBlank(cell)).toBe(false);
  });

  it('counts 0 as a blank date (older Excel builds pass 0 for an empty cell)', () => {
    expect(isBlankDate(0)).toBe(true);
    expect(isBlankDate('')).toBe(true);
    expect(isBlankDate(1)).toBe(false);
  });
});

describe('readLabel', () => {
  it('reads a cell as the text a person sees', () => {
    expect(readLabel(' Web ')).toBe('Web');
    expect(readLabel(12.5)).toBe('12.5');
    expect(readLabel(true)).toBe('TRUE');
    expect(readLabel(new Date(2024, 2, 5))).toBe('2024-03-05');
    expect(readLabel('')).toBeNull();
    expect(readLabel(null)).toBeNull();
  });
});

describe('describeCell', () => {
  it('names blanks as blank', () => {
    for (const cell of [null, undefined, '', '  ']) expect(renderValue(describeCell(cell), 'en')).toBe('blank');
  });

  it('quotes text, cutting it after 40 characters', () => {
    expect(renderValue(describeCell('abc'), 'en')).toBe('"abc"');
    expect(renderValue(describeCell('x'.repeat(40)), 'en')).toBe(`"${'x'.repeat(40)}"`);
    expect(renderValue(describeCell('y'.repeat(41)), 'en')).toBe(`"${'y'.repeat(40)}…"`);
  });

  it('writes numbers, booleans and dates as a spreadsheet user reads them', () => {
    expect(renderValue(describeCell(12.5), 'en')).toBe('12.5');
    expect(renderValue(describeCell(-3), 'en')).toBe('-3');
    expect(renderValue(describeCell(true), 'en')).toBe('TRUE');
    expect(renderValue(describeCell(false), 'en')).toBe('FALSE');
    expect(renderValue(describeCell(new Date(2024, 2, 5)), 'en')).toBe('the date 2024-03-05');
    expect(renderValue(describeCell(new Date(2024, 2, 5, 9, 30)), 'en')).toBe('the date 2024-03-05 09:30');
    expect(renderValue(describeCell(new Date(NaN)), 'en')).toBe('an invalid date');
  });
});

describe('parseNumberText in a decided style', () => {
  it('reads a column decided as decimal comma: dots group thousands', () => {
    expect(parseNumberText('12.000', 'comma')).toBe(12000);
    expect(parseNumberText('1.500', 'comma')).toBe(1500);
    expect(parseNumberText('10.196,17 €', 'comma')).toBe(10196.17);
    expect(parseNumberText('12,5', 'comma')).toBe(12.5);
    expect(parseNumberText('1,234.5', 'comma')).toBeNaN();
  });

  it('reads a column decided as decimal point: a trailing ",5" is not a decimal', () => {
    expect(parseNumberText('12.000', 'point')).toBe(12);
    expect(parseNumberText('1,500', 'point')).toBe(1500);
    expect(parseNumberText('12,5', 'point')).toBeNaN();
    expect(parseNumberText('۱۲٫۵', 'comma')).toBe(12.5);
  });
});
