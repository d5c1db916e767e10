// Writing and reading KPI formulas as each host stores them (locale-independent: commas, a dot for decimals).
import { columnLetters, excelName, REGISTRY, sheetsName, type KpiDefinition } from '../../core';
import type { Host } from '../function-reference';
import type { RangeRef } from './host';

/** What the wizard puts in for one argument. */
export type ArgumentChoice =
  | { readonly kind: 'range'; readonly ref: RangeRef }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  /** Another KPI's call over ranges, as the value of this argument: `WIN_RATE(D2:D61)`. */
  | { readonly kind: 'call'; readonly def: KpiDefinition; readonly args: readonly ArgumentChoice[] }
  /** The filled cells of a status range less those of the given (won and lost) statuses: `COUNTA(D2:D61)-COUNTIF(D2:D61, "Won")`. */
  | { readonly kind: 'openCount'; readonly ref: RangeRef; readonly closed: readonly string[] }
  | { readonly kind: 'omitted' };

/** A sheet name as a formula writes it: bare when it is a plain word, else quoted ('Q1 data', 'فروش'). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A column from `firstRow` (0-based) down, open at the bottom, as Sheets and o-spreadsheet write it: `'Deals 2024'!E2:E`. */
export function openEndedRange(sheet: string, col: number, firstRow: number): string {
  const letters = columnLetters(col);
  return `${quoteSheet(sheet)}!${letters}${firstRow + 1}:${letters}`;
}

/** A range as a formula on `targetSheet` refers to it: without the sheet when it is the same sheet. */
export function rangeText(ref: RangeRef, targetSheet: string): string {
  return ref.sheet === targetSheet ? ref.address : `${quoteSheet(ref.sheet)}!${ref.address}`;
}

/** The name a formula calls in `host`: `KPI.NPS` in Excel, `NPS` (or `KPI_GROWTH`) in Sheets. */
export function functionName(def: KpiDefinition, host: Host): string {
  return host === 'excel' ? excelName(def) : sheetsName(def);
}

/** Text as a formula writes it: in double quotes, with each quote inside doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An argument as the formula writes it, on a cell of `targetSheet`. */
export function choiceText(choice: ArgumentChoice, targetSheet: string, host: Host): string {
  switch (choice.kind) {
    case 'range': return rangeText(choice.ref, targetSheet);
    case 'number': return String(choice.value);
    case 'text': return textLiteral(choice.value);
    case 'call': return buildFormula(choice.def, choice.args, host, targetSheet).slice(1);
    case 'openCount': {
      const range = rangeText(choice.ref, targetSheet);
      return [`COUNTA(${range})`, ...choice.closed.map((label) => `COUNTIF(${range}, ${textLiteral(label)})`)].join('-');
    }
    case 'omitted': return '';
  }
}

/**
 * The formula for `def` with the given arguments, for a cell on `targetSheet`. Optional arguments left
 * out at the end are dropped; one left out between others stays as an empty argument.
 */
export function buildFormula(def: KpiDefinition, choices: readonly ArgumentChoice[], host: Host, targetSheet: string): string {
  if (choices.length > def.params.length) throw new Error(`${def.id} takes ${def.params.length} arguments, got ${choices.length}`);
  def.params.forEach((param, i) => {
    if (!param.optional && (choices[i] === undefined || choices[i].kind === 'omitted')) throw new Error(`${def.id}: ${param.name} is required`);
  });
  let end = choices.length;
  while (end > 0 && choices[end - 1].kind === 'omitted') end--;
  const args = choices.slice(0, end).map((choice) => choiceText(choice, targetSheet, host));
  return `=${functionName(def, host)}(${args.join(', ')})`;
}

/**
 * Splits a formula that is one call, `=NAME(arg, arg, …)`, into its name and argument texts. Commas
 * inside strings, quoted sheet names, parentheses and array constants do not split. Anything else
 * (a formula that is not a single call) gives undefined.
 */
export function parseCall(formula: string): { name: string; args: string[] } | undefined {
  const head = /^\s*=\s*([A-Za-z_][\w.]*)\s*\(/.exec(formula);
  if (!head) return undefined;
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote: '"' | "'" | undefined;
  for (let i = head[0].length; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      current += ch;
      if (ch === quote) {
        if (formula[i + 1] === quote) current += formula[++i];
        else quote = undefined;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '(' || ch === '{') {
      depth++;
      current += ch;
    } else if ((ch === ')' || ch === '}') && depth > 0) {
      depth--;
      current += ch;
    } else if (ch === ')') {
      if (formula.slice(i + 1).trim() !== '') return undefined;
      if (current.trim() !== '' || args.length > 0) args.push(current.trim());
      return { name: head[1], args };
    } else if (ch === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  return undefined;
}

/** The KPI a cell's formula calls in `host`, and its argument texts; undefined for any other formula. */
export function kpiCall(formula: string, host: Host): { def: KpiDefinition; args: string[] } | undefined {
  const call = parseCall(formula);
  if (!call) return undefined;
  const name = call.name.toUpperCase();
  const def = REGISTRY.find((d) => functionName(d, host).toUpperCase() === name);
  return def ? { def, args: call.args } : undefined;
}

const RANGE_TEXT = /^(?:('(?:[^']|'')+'|[^\s!'()]+)!)?(\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?)$/;

/** A range reference written in a formula (`B2:B9`, `Data!B:B`, `'Q1 data'!$C$2`), or undefined. */
export function parseRangeText(text: string, formulaSheet: string): RangeRef | undefined {
  const match = RANGE_TEXT.exec(text.trim());
  if (!match || !/\d|:/.test(match[2])) return undefined;
  const sheet = match[1] === undefined ? formulaSheet : match[1].startsWith("'") ? match[1].slice(1, -1).replace(/''/g, "'") : match[1];
  return { sheet, address: match[2].replace(/\$/g, '').toUpperCase() };
}
