// Generates the function reference users read, docs/FUNCTIONS.md and its Persian and Greek editions, from the registry and its translations.
import {
  ERROR_CODES, sheetsName,
  type KpiDefinition, type KpiExample, type KpiGroup, type ResultFormat,
} from '../../core';
import { DOCS_EL } from '../../core/translations/docs-el';
import { DOCS_FA } from '../../core/translations/docs-fa';
import { kpiText, type Language } from '../../core/translations';
import type { KpiDocTexts } from '../../core/translations/types';
import { UI_STRINGS } from '../../ui/ui-strings';
import { formulaIn, kindWords, spills } from './param-types';
import { DOC_STRINGS, type DocStrings } from './doc-strings';

const DOC_TEXTS: Readonly<Record<Exclude<Language, 'en'>, KpiDocTexts>> = { fa: DOCS_FA, el: DOCS_EL };

/** The errors' conditions and the table's columns in `language` (English from the registry). */
function docText(def: KpiDefinition, language: Language): { errors: readonly string[]; columns?: readonly string[] } {
  if (language === 'en') return { errors: def.errors.map((e) => e.when), columns: def.columns };
  const text = DOC_TEXTS[language][def.id];
  if (!text) throw new Error(`No ${language} reference text for ${def.id}`);
  return text;
}

function cellText(value: string | number): string {
  return typeof value === 'number' ? String(value) : value.replace(/\|/g, '\\|');
}

function resultText(example: KpiExample): string {
  const result = example.result;
  if (typeof result === 'number' || typeof result === 'string') return `\`${result}\``;
  if ('error' in result) return ERROR_CODES[result.error];
  return result.map((row) => `\`${row.map(cellText).join(' · ')}\``).join('<br>');
}

function section(def: KpiDefinition, language: Language, t: DocStrings): string {
  const name = sheetsName(def);
  const signature = def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const text = kpiText(def, language);
  const doc = docText(def, language);
  const lines = [
    `### ${def.id}`,
    '',
    text.summary,
    '',
    `- Excel: \`=KPI.${def.id}(${signature})\``,
    `- Google Sheets: \`=${name}(${signature})\`${name !== def.id ? ` ${t.renamed.replace('{id}', def.id).replace('{name}', name)}` : ''}`,
    `- ${t.formula}: ${t.code(def.formula)}`,
    `- ${t.returns}: ${def.result === 'table' ? `${t.table}: ${doc.columns!.join(t.columnSeparator)}` : t.results[def.result]}`,
  ];
  if (spills(def)) lines.push(`- ${t.spills}`);
  lines.push('', `| ${t.argument} | ${t.kind} | ${t.meaning} |`, '|---|---|---|');
  for (const p of def.params) lines.push(`| ${t.code(p.name)}${p.optional ? ` (${t.optional})` : ''} | ${kindWords(def, p, language)} | ${text.params[p.name]} |`);
  lines.push('', `| ${t.error} | ${t.when} |`, '|---|---|');
  def.errors.forEach((e, i) => lines.push(`| ${ERROR_CODES[e.kind]} | ${doc.errors[i]} |`));
  lines.push('', `| ${t.example} | ${t.result} |`, '|---|---|');
  for (const ex of def.examples) {
    lines.push(`| \`${formulaIn('sheets', name, ex.formula)}\`${ex.note && language === 'en' ? ` — ${ex.note}` : ''} | ${resultText(ex)} |`);
  }
  return lines.join('\n');
}

/** The function reference in `language`: English (docs/FUNCTIONS.md), Persian or Greek. */
export function functionDocs(registry: readonly KpiDefinition[], language: Language = 'en'): string {
  const t = DOC_STRINGS[language];
  const groups = [...new Set(registry.map((def) => def.group))] as KpiGroup[];
  const out = [`# ${t.title}`, '', t.generated, '', ...t.intro, ''];
  if (t.direction === 'rtl') out.unshift('<div dir="rtl">', '');
  for (const group of groups) {
    out.push(`## ${UI_STRINGS[language].groups[group]}`, '');
    for (const def of registry.filter((d) => d.group === group)) out.push(section(def, language, t), '');
  }
  if (t.direction === 'rtl') out.push('</div>', '');
  return out.join('\n');
}
