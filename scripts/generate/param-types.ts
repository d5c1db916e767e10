// How each parameter kind is named to users and typed in JSDoc, shared by the Sheets stubs and the docs.
import { isScalarKind, type KpiDefinition, type ParamKind, type ParamSpec } from '../../core';

const KIND_WORDS: Record<ParamKind, string> = {
  number: 'number',
  text: 'text',
  date: 'date',
  numbers: 'range of numbers',
  dates: 'range of dates',
  labels: 'range of text',
  cells: 'range of ratings (numbers or text)',
  'count-or-names': 'number, or range of names',
};

const JSDOC_TYPES: Record<ParamKind, string> = {
  number: 'number',
  text: 'string',
  date: 'Date',
  numbers: 'number[][]',
  dates: 'Date[][]',
  labels: 'string[][]',
  cells: 'Array<Array<(number|string)>>',
  'count-or-names': '(number|Array<Array<string>>)',
};

/** True when every argument is a single value, so ranges may be given instead and the result spills. */
export function spills(def: KpiDefinition): boolean {
  return def.params.every((p) => isScalarKind(p.kind));
}

export function kindWords(def: KpiDefinition, spec: ParamSpec): string {
  const words = KIND_WORDS[spec.kind];
  return spills(def) ? `${words} (or a range: one result per cell)` : words;
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
