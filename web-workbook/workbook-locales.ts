// The grid's locale in each language the page speaks: decimal and thousands separators, date format, argument separator, first weekday.
import type { Language } from '../core/translations';

/** A locale as o-spreadsheet keeps it in a workbook's settings. */
export interface GridLocale {
  readonly name: string;
  readonly code: string;
  readonly thousandsSeparator: string;
  readonly decimalSeparator: string;
  /** 1 Monday … 7 Sunday, 6 Saturday. */
  readonly weekStart: number;
  readonly dateFormat: string;
  readonly timeFormat: string;
  readonly formulaArgSeparator: string;
}

/**
 * Greek as Greek Excel and Sheets write it (1.234,5 · 31/12/2024 · `=ROUND(A1; 2)`). Persian as Iranian
 * spreadsheets with Latin digits write it (1,234.5, the year first: 2024/12/31, the week from Saturday):
 * the grid draws Latin digits whatever the locale, and a Persian decimal sign between Latin digits is
 * read by nobody; the pane shows Persian digits where it is asked to.
 */
export const GRID_LOCALES: Readonly<Record<Language, GridLocale>> = {
  en: { name: 'English (US)', code: 'en_US', thousandsSeparator: ',', decimalSeparator: '.', weekStart: 7, dateFormat: 'm/d/yyyy', timeFormat: 'hh:mm:ss a', formulaArgSeparator: ',' },
  el: { name: 'Ελληνικά', code: 'el_GR', thousandsSeparator: '.', decimalSeparator: ',', weekStart: 1, dateFormat: 'd/m/yyyy', timeFormat: 'hh:mm:ss', formulaArgSeparator: ';' },
  fa: { name: 'فارسی (ایران)', code: 'fa_IR', thousandsSeparator: ',', decimalSeparator: '.', weekStart: 6, dateFormat: 'yyyy/mm/dd', timeFormat: 'hh:mm:ss', formulaArgSeparator: ',' },
};

const OURS = new Set(Object.values(GRID_LOCALES).map((locale) => locale.code));

/**
 * The locale a workbook opened in `language` should have, or undefined to leave it: a workbook in one
 * of the page's own locales follows the page's language; one the user set to another locale (French,
 * in File › Settings) keeps it.
 */
export function localeToApply(current: { readonly code?: string } | undefined, language: Language): GridLocale | undefined {
  const wanted = GRID_LOCALES[language];
  if (current?.code === wanted.code) return undefined;
  return current?.code === undefined || OURS.has(current.code) ? wanted : undefined;
}

/** Every locale the grid's settings offer: o-spreadsheet's and ours. */
export function allLocales(builtIn: readonly GridLocale[]): GridLocale[] {
  return [...builtIn.filter((locale) => !OURS.has(locale.code) || locale.code === 'en_US'), GRID_LOCALES.el, GRID_LOCALES.fa];
}

/** `data` (a workbook made here: the sample, a new one, an opened file) in the page language's locale. */
export function inLocale<T extends object>(data: T, language: Language): T {
  const settings = (data as { settings?: object }).settings;
  return { ...data, settings: { ...settings, locale: GRID_LOCALES[language] } };
}
