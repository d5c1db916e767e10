// KPI texts in every language the product speaks; English comes from the registry itself.
import type { KpiDefinition } from '../define';
import { el } from './el';
import { fa } from './fa';
import type { KpiText, KpiTexts } from './types';

export type Language = 'en' | 'fa' | 'el';
export const LANGUAGES: readonly Language[] = ['en', 'fa', 'el'];

const TABLES: Readonly<Record<Exclude<Language, 'en'>, KpiTexts>> = { fa, el };

function englishText(def: KpiDefinition): KpiText {
  return { summary: def.summary, params: Object.fromEntries(def.params.map((p) => [p.name, p.description])) };
}

/** The summary and argument descriptions of `def` in `language` (English from the registry). */
export function kpiText(def: KpiDefinition, language: Language): KpiText {
  if (language === 'en') return englishText(def);
  // Every registry id has an entry (the translation tests check it); English is only a safety net.
  return TABLES[language][def.id] ?? englishText(def);
}

/** The language for an Office or browser locale such as "fa-IR", "el-GR", "en-US"; English otherwise. */
export function languageOf(locale: string | undefined): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fa' || primary === 'el' ? primary : 'en';
}

export type { KpiText, KpiTexts } from './types';
