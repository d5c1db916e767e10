// The number format the wizard gives a KPI cell, by what the KPI returns; the same codes work in Excel and Sheets.
import type { KpiDefinition, ResultFormat } from '../../core';
import type { Language } from '../../core/translations';

const DAYS: Readonly<Record<Language, string>> = { en: 'days', fa: 'روز', el: 'ημέρες' };

/**
 * Percent for rates, grouped thousands for money (the currency symbol is left to the workbook's own
 * currency: toman, rial and euro are all in use), days with their unit; tables keep the general format.
 */
export function numberFormatFor(def: KpiDefinition, language: Language): string | undefined {
  return resultFormat(def.result, language);
}

/** The number format of each column of a spilled table, as the registry's `columnFormats` say (the last holds for further columns). */
export function tableFormatsFor(def: KpiDefinition, columns: number, language: Language): (string | undefined)[] {
  const kinds = def.columnFormats ?? [];
  return Array.from({ length: columns }, (_, c) => (kinds.length === 0 ? undefined : resultFormat(kinds[Math.min(c, kinds.length - 1)], language)));
}

function resultFormat(kind: ResultFormat, language: Language): string | undefined {
  const formats: Readonly<Record<ResultFormat, string | undefined>> = {
    rate: '0.0%',
    money: '#,##0',
    days: `0.0 "${DAYS[language]}"`,
    hours: '0.0',
    number: '0.00',
    score: '0',
    ratio: '0.00',
    periods: '0.0',
    table: undefined,
    text: undefined,
  };
  return formats[kind];
}
