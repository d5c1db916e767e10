// How each parameter kind is named to users and typed in JSDoc, shared by the Sheets stubs and the docs.
import { isScalarKind, type KpiDefinition, type ParamKind, type ParamSpec } from '../../core';
import type { Language } from '../../core/translations';

const KIND_WORDS: Readonly<Record<Language, Record<ParamKind, string>>> = {
  en: {
    number: 'number',
    text: 'text',
    date: 'date',
    numbers: 'range of numbers',
    dates: 'range of dates',
    labels: 'range of text',
    'label-set': 'text, or range of texts',
    cells: 'range of ratings (numbers or text)',
    'count-or-names': 'number, or range of names',
  },
  fa: {
    number: 'عدد',
    text: 'متن',
    date: 'تاریخ',
    numbers: 'محدوده‌ای از عددها',
    dates: 'محدوده‌ای از تاریخ‌ها',
    labels: 'محدوده‌ای از متن',
    'label-set': 'متن، یا محدوده‌ای از متن‌ها',
    cells: 'محدوده‌ای از امتیازها (عدد یا متن)',
    'count-or-names': 'عدد، یا محدوده‌ای از نام‌ها',
  },
  el: {
    number: 'αριθμός',
    text: 'κείμενο',
    date: 'ημερομηνία',
    numbers: 'περιοχή αριθμών',
    dates: 'περιοχή ημερομηνιών',
    labels: 'περιοχή κειμένου',
    'label-set': 'κείμενο, ή περιοχή κειμένων',
    cells: 'περιοχή βαθμολογιών (αριθμοί ή κείμενο)',
    'count-or-names': 'αριθμός, ή περιοχή ονομάτων',
  },
};

const OR_A_RANGE: Readonly<Record<Language, string>> = {
  en: ' (or a range: one result per cell)',
  fa: ' (یا یک محدوده: یک نتیجه برای هر خانه)',
  el: ' (ή περιοχή: ένα αποτέλεσμα ανά κελί)',
};

const JSDOC_TYPES: Record<ParamKind, string> = {
  number: 'number',
  text: 'string',
  date: 'Date',
  numbers: 'number[][]',
  dates: 'Date[][]',
  labels: 'string[][]',
  'label-set': '(string|Array<Array<string>>)',
  cells: 'Array<Array<(number|string)>>',
  'count-or-names': '(number|Array<Array<string>>)',
};

/** True when every argument is a single value, so ranges may be given instead and the result spills. */
export function spills(def: KpiDefinition): boolean {
  return def.params.every((p) => isScalarKind(p.kind));
}

export function kindWords(def: KpiDefinition, spec: ParamSpec, language: Language = 'en'): string {
  const words = KIND_WORDS[language][spec.kind];
  return spills(def) ? `${words}${OR_A_RANGE[language]}` : words;
}

export function jsdocType(def: KpiDefinition, spec: ParamSpec): string {
  const type = JSDOC_TYPES[spec.kind];
  return spills(def) ? `(${type}|${type}[][])` : type;
}

export function jsdocReturn(def: KpiDefinition): string {
  if (def.result === 'table') return 'Array<Array<(string|number)>>';
  return spills(def) ? '(number|number[][])' : 'number';
}

/** A call as it is typed in a cell of the given host, e.g. `=KPI.NPS(B2:B500)`. */
export function formulaIn(host: 'excel' | 'sheets', name: string, formula: string): string {
  const call = formula.slice(formula.indexOf('('));
  return host === 'excel' ? `=KPI.${name}${call}` : `=${name}${call}`;
}
