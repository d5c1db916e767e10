// Generates docs/FUNCTIONS.md, the function reference users read, from the registry.
import {
  ERROR_CODES, GROUP_TITLES, sheetsName,
  type KpiDefinition, type KpiExample, type KpiGroup, type ResultFormat,
} from '../../core';
import { formulaIn, kindWords, spills } from './param-types';

const RESULT_WORDS: Record<Exclude<ResultFormat, 'table'>, string> = {
  rate: 'a fraction, 0.25 for 25% (format the cell as a percentage)',
  money: 'an amount, in the currency of the inputs',
  days: 'a number of days',
  hours: 'a time, in hours unless another unit is asked for',
  number: 'a number',
  score: 'a score from −100 to 100',
  ratio: 'a ratio',
  periods: 'a number of periods (months when arpa is per month)',
};

function cellText(value: string | number): string {
  return typeof value === 'number' ? String(value) : value.replace(/\|/g, '\\|');
}

function resultText(example: KpiExample): string {
  const result = example.result;
  if (typeof result === 'number') return `\`${result}\``;
  if ('error' in result) return ERROR_CODES[result.error];
  return result.map((row) => `\`${row.map(cellText).join(' · ')}\``).join('<br>');
}

function section(def: KpiDefinition): string {
  const name = sheetsName(def);
  const signature = def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const lines = [
    `### ${def.id}`,
    '',
    def.summary,
    '',
    `- Excel: \`=KPI.${def.id}(${signature})\``,
    `- Google Sheets: \`=${name}(${signature})\`${name !== def.id ? ` (in Sheets, ${def.id} is a built-in function, so this one is named ${name})` : ''}`,
    `- Formula: ${def.formula}`,
    `- Returns: ${def.result === 'table' ? `a table with no header row; columns: ${def.columns!.join('; ')}` : RESULT_WORDS[def.result]}`,
  ];
  if (spills(def)) lines.push('- Give ranges instead of single values and it returns one result per row (one call per column).');
  lines.push('', '| argument | kind | meaning |', '|---|---|---|');
  for (const p of def.params) lines.push(`| ${p.name}${p.optional ? ' (optional)' : ''} | ${kindWords(def, p)} | ${p.description} |`);
  lines.push('', '| error | when |', '|---|---|');
  for (const e of def.errors) lines.push(`| ${ERROR_CODES[e.kind]} | ${e.when} |`);
  lines.push('', '| example | result |', '|---|---|');
  for (const ex of def.examples) {
    lines.push(`| \`${formulaIn('sheets', name, ex.formula)}\`${ex.note ? ` — ${ex.note}` : ''} | ${resultText(ex)} |`);
  }
  return lines.join('\n');
}

export function functionDocs(registry: readonly KpiDefinition[]): string {
  const groups = [...new Set(registry.map((def) => def.group))] as KpiGroup[];
  const out = [
    '# Sales KPI function reference',
    '',
    'Generated from the registry (`core/registry.ts`) by `npm run build`; do not edit by hand.',
    '',
    'In Excel every function carries the add-in\'s namespace (`=KPI.NPS(B2:B500)`); in Google Sheets it is called by its name (`=NPS(B2:B500)`).',
    'Rates are fractions (0.25 = 25%): format the cell as a percentage. Numbers may be typed in Western, Persian or Arabic-Indic digits',
    '(`"۸٬۰۰۰"` is 8000); dates may be date cells, ISO text (`2024-03-05`) or Solar Hijri text (`1402/12/15`). Blank cells in a range are skipped.',
    'Every function answers a cell of the wrong kind (text that is not a number, a blank where a value is required) with #VALUE!,',
    'and its message names the function, the argument and the cell. Excel shows an error\'s message only on #VALUE! and #N/A;',
    'Sheets shows every message when you hover over #ERROR!.',
    '',
  ];
  for (const group of groups) {
    out.push(`## ${GROUP_TITLES[group]}`, '');
    for (const def of registry.filter((d) => d.group === group)) out.push(section(def), '');
  }
  return out.join('\n');
}
