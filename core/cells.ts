// Reading cell values as hosts pass them: numbers, numeric text in any digit set, blanks, labels and dates.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { message, quoted, type MessageArg } from './messages';

/** A single value as Excel or Apps Script hands it to a custom function. */
export type HostCell = number | string | boolean | Date | null | undefined;

/** Days since 1899-12-30 on the wall clock: Excel's serial day numbers, shared by every date source. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day both hosts can show. */
export const MAX_SERIAL = 2_958_465;

export function isBlank(cell: HostCell): cell is null | undefined | '' {
  return cell === null || cell === undefined || cell === '' || (typeof cell === 'string' && cell.trim() === '');
}

// Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits to ASCII; bidi marks and tatweel dropped.
const FOREIGN_CHARS = /[\u06F0-\u06F9\u0660-\u0669\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u0640\u2212]/g;

function westernize(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code === 0x2212) return '-';
  return '';
}

/** Text with every digit in Western form and invisible direction marks removed. */
export function toWesternDigits(text: string): string {
  return text.replace(FOREIGN_CHARS, westernize);
}

// Thousands separators must group by three so that "20.000,50" or "1,5,0" is rejected, never misread.
const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:[,\u066C]\d{3})+|\d+|(?=[.\u066B]\d))(?:[.\u066B](\d+))?([%\u066A]?)$/;
/** A decimal comma, as the text shows it: one or two digits after the last comma, dots grouping by three before it. */
const DECIMAL_COMMA_TEXT = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})([%\u066A]?)$/;
/** Currency signs and words a CRM writes beside an amount; any three-letter ISO code is one too. */
const CURRENCY = '[$€£¥₺﷼]|\u0631\u06CC\u0627\u0644|\u0631\u064A\u0627\u0644|\u062A\u0648\u0645\u0627\u0646|[A-Z]{3}';
const CURRENCY_BEFORE = new RegExp(`^([+-]?)(?:${CURRENCY}) ?`);
const CURRENCY_AFTER = new RegExp(` ?(?:${CURRENCY})$`);
const SPACE_LIKE = /[\u00A0\u202F\u2007\u2009]/g;
const NON_ASCII = /[^\x00-\x7F]/;
const DIGIT_START = /^[+-]?[\d.]/;
const DIGIT_END = /[\d%]$/;

/** How a text writes its decimals: a point (1,234.5), a comma (1.234,5), or as the text itself shows (the catalog's rule). */
export type NumberStyle = 'point' | 'comma';

function plainNumber(text: string, style?: NumberStyle): number {
  if (style === 'comma') text = text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
  let match = NUMBER_TEXT.exec(text);
  let whole: string;
  let fraction: string | undefined;
  if (match) {
    whole = match[2].replace(/[,\u066C]/g, '');
    fraction = match[3];
  } else {
    match = style === undefined ? DECIMAL_COMMA_TEXT.exec(text) : null;
    if (!match) return NaN;
    whole = match[2].replace(/\./g, '');
    fraction = match[3];
  }
  const sign = match[1];
  const percent = match[4];
  const digits = `${whole || '0'}${fraction ? `.${fraction}` : ''}`;
  // "14.3%" is read as the decimal 0.143 itself, not as 14.3 ÷ 100 (0.14300000000000002).
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return NaN;
  return sign === '-' ? -value : value;
}

/**
 * The number a text spells, or NaN: any digit set, `,` `٬` thousands, `.` `٫` decimals, a decimal comma
 * where the text shows one (`17.100,00`), a trailing percent, a currency sign or code on either side
 * (`$17,150.00`, `10.196,17 €`, `۴۲۳٬۰۰۰٬۰۰۰ ریال`) and parentheses for a negative amount (`(1,200.00)`).
 * With a `style`, a whole column's decided reading: `comma` reads `12.000` as 12000.
 */
export function parseNumberText(text: string, style?: NumberStyle): number {
  // Most cells are ASCII: the digit sets and no-break spaces need a look only when a character is not.
  let t = (NON_ASCII.test(text) ? toWesternDigits(text).replace(SPACE_LIKE, ' ') : text).trim();
  let negative = false;
  if (t.length > 2 && t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let sign = '';
  // A currency is looked for only where the text does not start (or end) with a digit.
  const before = DIGIT_START.test(t) ? null : CURRENCY_BEFORE.exec(t);
  if (before) {
    sign = before[1];
    t = t.slice(before[0].length);
  } else if (!DIGIT_END.test(t)) {
    const after = CURRENCY_AFTER.exec(t);
    if (after) t = t.slice(0, after.index);
  }
  if (sign && /^[+-]/.test(t)) return NaN;
  const value = plainNumber(sign + t, style);
  if (negative && (Number.isNaN(value) || /^[+-]/.test(t))) return NaN;
  return negative ? -value : value;
}

/** A number cell, a boolean or a date is never silently read as text's number; only numbers and numeric text. */
export function readNumber(cell: HostCell): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell === 'string') return parseNumberText(cell);
  return NaN;
}

// ---------------------------------------------------------------- dates

/** 400 Gregorian years, after which the calendar repeats. */
const GREGORIAN_CYCLE_MS = 146_097 * MS_PER_DAY;

/** Date.UTC, except that years 0–99 are those years, not 1900–1999. */
function utcMs(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  return year >= 0 && year < 100
    ? Date.UTC(year + 400, monthIndex, day, hours, minutes, seconds, ms) - GREGORIAN_CYCLE_MS
    : Date.UTC(year, monthIndex, day, hours, minutes, seconds, ms);
}

function wallClockDay(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): DayNumber {
  return (utcMs(year, month - 1, day, hours, minutes, seconds, ms) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidGregorian(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return day <= MONTH_DAYS[month - 1] + (leap ? 1 : 0);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

/** Minutes that `timeZone` is ahead of UTC at `instantMs`; cached per zone and quarter hour, the finest step offsets change by. */
function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const bucket = `${timeZone}|${Math.floor(instantMs / 900_000)}`;
  const cached = offsetCache.get(bucket);
  if (cached !== undefined) return cached;
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      return -new Date(instantMs).getTimezoneOffset();
    }
    offsetFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instantMs))) parts[part.type] = Number(part.value);
  const asUtc = utcMs(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(bucket, offset);
  return offset;
}

/**
 * A host Date as a wall-clock day number: the calendar date and clock time it shows in `timeZone`
 * (the runtime's own zone when none is given), so a daylight-saving change never shortens a day.
 */
export function dateObjectToDay(date: Date, timeZone?: string): DayNumber {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return NaN;
  if (timeZone) return (ms + zoneOffsetMinutes(ms, timeZone) * 60_000 - SERIAL_EPOCH_MS) / MS_PER_DAY;
  return wallClockDay(date.getFullYear(), date.getMonth() + 1, date.getDate(),
    date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
}

const TIME = '(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?';
const DATE_TEXT = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${TIME}\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$`, 'i');
/** Dates as regional exports write them, year last: `30.11.2024`, `12/14/2024`, `26-01-2024 09:39`, `1/6/2025 3:05 PM`. */
const YEAR_LAST_TEXT = new RegExp(`^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}),?${TIME}(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?$`);

/** Which comes first in a date with the year last: dotted dates are always day first; slashed ones follow their range. */
export type DateOrder = 'day-first' | 'month-first';

/** A year-last date's two leading numbers and whether dots put the day first, or undefined for any other text. */
export function yearLastParts(text: string): { first: number; second: number; dotted: boolean } | undefined {
  const match = YEAR_LAST_TEXT.exec(toWesternDigits(text).trim());
  return match ? { first: Number(match[1]), second: Number(match[3]), dotted: match[2] === '.' } : undefined;
}

function clockMs(hoursText?: string, minutesText?: string, secondsText?: string, msText?: string, meridiem?: string): number {
  let hours = Number(hoursText ?? 0);
  const minutes = Number(minutesText ?? 0);
  const seconds = Number(secondsText ?? 0);
  const ms = Number((msText ?? '0').padEnd(3, '0'));
  if (meridiem) {
    if (hours < 1 || hours > 12) return NaN;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return NaN;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/** A calendar day plus milliseconds into it, as a day number: one division, as Excel's own serials are. */
function dayAt(year: number, month: number, day: number, ms: number): DayNumber {
  return (utcMs(year, month - 1, day) + ms - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/**
 * ISO (2024-03-05, 2024/03/05, optional time) or Solar Hijri (1402/12/15, year below 1700) text in any
 * digit set, or a date with the year last: dotted (30.11.2024) day first, slashed or dashed in `order`
 * (or, without one, only when the text itself shows it: 26/01/2024). NaN for anything else.
 */
export function parseDateText(text: string, order?: DateOrder): DayNumber {
  const western = toWesternDigits(text).trim();
  const regional = YEAR_LAST_TEXT.exec(western);
  if (regional) {
    const [, a, separator, b, yearText, h, min, sec, msText, meridiem] = regional;
    const first = Number(a);
    const second = Number(b);
    const dayFirst = separator === '.' || order === 'day-first' || (order === undefined && first > 12);
    const monthFirst = !dayFirst && (order === 'month-first' || (order === undefined && second > 12));
    if (!dayFirst && !monthFirst) return NaN;
    const [day, month] = dayFirst ? [first, second] : [second, first];
    const year = Number(yearText);
    if (!isValidGregorian(year, month, day)) return NaN;
    const time = clockMs(h, min, sec, msText, meridiem);
    return Number.isNaN(time) ? NaN : dayAt(year, month, day, time);
  }
  const match = DATE_TEXT.exec(western);
  if (!match) return NaN;
  let year = Number(match[1]);
  let month = Number(match[2]);
  let day = Number(match[3]);
  if (year < 1700) {
    if (!isValidJalaaliDate(year, month, day)) return NaN;
    ({ gy: year, gm: month, gd: day } = toGregorian(year, month, day));
  } else if (!isValidGregorian(year, month, day)) {
    return NaN;
  }
  const time = clockMs(match[4], match[5], match[6], match[7]);
  if (Number.isNaN(time)) return NaN;
  let result = dayAt(year, month, day, time);
  const zone = match[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    result -= (sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))) / 1440;
  }
  return result;
}

/** How a range's slashed year-last dates are read: decided by a cell, contradicted by two, or left open by all. */
export type DateOrderDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'decided'; readonly order: DateOrder; readonly by: number }
  | { readonly kind: 'conflict'; readonly dayFirst: number; readonly monthFirst: number }
  | { readonly kind: 'ambiguous'; readonly first: number };

/**
 * The one order of a range's slashed year-last dates, from its cells: day first if some cell's first
 * number is above 12, month first if some cell's second number is. `none` when no cell needs an order.
 */
export function decideDateOrder(count: number, cellAtIndex: (index: number) => HostCell): DateOrderDecision {
  let dayFirst = -1;
  let monthFirst = -1;
  let firstUndecided = -1;
  // Each distinct text is looked at once, at its first cell: a date column repeats its days.
  const seen = new Set<string>();
  for (let index = 0; index < count; index++) {
    const cell = cellAtIndex(index);
    if (typeof cell !== 'string' || seen.has(cell)) continue;
    if (seen.size < 50_000) seen.add(cell);
    const parts = yearLastParts(cell);
    if (!parts || parts.dotted) continue;
    if (parts.first > 12 && parts.second <= 12) {
      if (dayFirst < 0) dayFirst = index;
    } else if (parts.second > 12 && parts.first <= 12) {
      if (monthFirst < 0) monthFirst = index;
    } else if (parts.first <= 12 && firstUndecided < 0) {
      // Both numbers 12 or less: either order. Both above 12 is no date at all, which decides nothing.
      firstUndecided = index;
    }
    if (dayFirst >= 0 && monthFirst >= 0) return { kind: 'conflict', dayFirst, monthFirst };
  }
  if (dayFirst >= 0) return { kind: 'decided', order: 'day-first', by: dayFirst };
  if (monthFirst >= 0) return { kind: 'decided', order: 'month-first', by: monthFirst };
  return firstUndecided >= 0 ? { kind: 'ambiguous', first: firstUndecided } : { kind: 'none' };
}

/** Whether a date text needs its range's order to be read: slashed or dashed, year last. */
export function needsDateOrder(cell: HostCell): boolean {
  if (typeof cell !== 'string') return false;
  const parts = yearLastParts(cell);
  return parts !== undefined && !parts.dotted;
}

/**
 * A date cell as a day number, or NaN. Numbers are serial days (Excel's date cells); 0 is
 * not a date anyone keeps and is what older Excel desktop builds pass for a blank, so the
 * caller treats it as blank (see `isBlankDate`).
 */
export function readDate(cell: HostCell, timeZone?: string, order?: DateOrder): DayNumber {
  if (typeof cell === 'number') return cell > 0 && cell <= MAX_SERIAL ? cell : NaN;
  if (cell instanceof Date) {
    const day = dateObjectToDay(cell, timeZone);
    return day > 0 && day <= MAX_SERIAL ? day : NaN;
  }
  if (typeof cell === 'string') {
    const day = parseDateText(cell, order);
    return day > 0 && day <= MAX_SERIAL ? day : NaN;
  }
  return NaN;
}

export function isBlankDate(cell: HostCell): boolean {
  return cell === 0 || isBlank(cell);
}

/** The largest time a JavaScript Date holds, in milliseconds either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/**
 * A day number as ISO text, for messages and labels; as plain digits for a day a JavaScript Date
 * cannot hold (a Date at the end of its range, moved by a time zone's offset).
 */
export function formatDay(day: DayNumber): string {
  const ms = SERIAL_EPOCH_MS + Math.round(day * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(day);
  const iso = new Date(ms).toISOString();
  return day % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

// ---------------------------------------------------------------- labels

/** A label cell's text as a person reads it: trimmed text, a number's digits, TRUE/FALSE, a date's ISO form. */
export function readLabel(cell: HostCell, timeZone?: string): string | null {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? null : text;
  }
  if (isBlank(cell)) return null;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (!(cell instanceof Date)) return null;
  const day = dateObjectToDay(cell, timeZone);
  return Number.isFinite(day) ? formatDay(day) : null;
}

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
const SPACES = /[\s\u200c\u00a0]+/g;
/** `-`, `_` or `.` joining two words (Closed-Lost, closed_won) reads as a space. */
const WORD_JOINERS = /(?<=[\p{L}\p{N}])[-_.]+(?=[\p{L}\p{N}])/gu;
/** Printable ASCII words with single spaces between and no word joiners: nothing to normalize but the case. */
const PLAIN_ASCII = /^[!-,/-^`-~]+(?: [!-,/-^`-~]+)*$/;

/**
 * The key under which labels count as the same: case, Greek accents, Arabic diacritics, Arabic vs
 * Persian yeh and kaf, the digit set (C۱۲۳ is C123), direction marks, zero-width non-joiners, repeated
 * spaces and `-` `_` `.` between words (Closed-Lost is closed lost) do not make a new label.
 */
export function labelKey(label: string): string {
  if (PLAIN_ASCII.test(label)) return label.toLowerCase();
  return toWesternDigits(label)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0649/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(WORD_JOINERS, ' ')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase()
    .replace(/\u03c2/g, '\u03c3');
}

/** A cell as a message quotes it back to the user: the value as the sheet has it, or what it is (blank, a date). */
export function describeCell(cell: HostCell): MessageArg {
  if (isBlank(cell)) return message('valueBlank');
  if (typeof cell === 'string') return quoted(`"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`);
  if (typeof cell === 'boolean') return quoted(cell ? 'TRUE' : 'FALSE');
  if (cell instanceof Date) {
    const day = dateObjectToDay(cell);
    return Number.isFinite(day) ? message('valueDate', { date: quoted(formatDay(day)) }) : message('valueInvalidDate');
  }
  return typeof cell === 'number' ? quoted(String(cell)) : message('valueUnsupported');
}

/** `labelKey` with a cache local to one call, for columns where the same few labels repeat on many rows. */
export function labelKeyer(): (label: string) => string {
  const keys = new Map<string, string>();
  return (label) => {
    let key = keys.get(label);
    if (key === undefined) {
      key = labelKey(label);
      keys.set(label, key);
    }
    return key;
  };
}
