// The glossaries hold: every Persian and Greek text of the product uses one term per concept, never another rendering.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core';
import { GLOSSARY_EL } from '../../core/glossary/el';
import { GLOSSARY_FA } from '../../core/glossary/fa';
import { MESSAGE_TABLES } from '../../core/messages/tables';
import { kpiText, type Language } from '../../core/translations';
import { MENU_STRINGS } from '../../sheets-addon/menu-strings';
import { CHARTS, DASHBOARD, HELPER_BLOCKS } from '../../ui/template/dashboard';
import { TEMPLATE_INSERTED, TEMPLATE_STRINGS } from '../../ui/template/template-strings';
import { UI_STRINGS } from '../../ui/ui-strings';
import { WIZARD_STRINGS } from '../../ui/wizard/wizard-strings';
import { WORKBOOK_STRINGS } from '../../web-workbook/workbook-strings';
import { DOCS_EL } from '../../core/translations/docs-el';
import { DOCS_FA } from '../../core/translations/docs-fa';
import { DOC_STRINGS } from '../../scripts/generate/doc-strings';

const root = join(__dirname, '../..');

/** Every string inside a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every text of the product in `language`: function help, messages, pane, wizard, dashboard, menus, toolbar, manifest, help page, function reference. */
function productTexts(language: Exclude<Language, 'en'>): string[] {
  const labels = strings([DASHBOARD, HELPER_BLOCKS, CHARTS]).length; // the dashboard keeps its labels per language
  expect(labels).toBeGreaterThan(0);
  const pick = (value: unknown): string[] => strings(value);
  const dashboard = [...DASHBOARD.flatMap((s) => [s.title[language], ...s.items.flatMap((i) => [i.label[language], ...(i.table?.columns.map((c) => c[language]) ?? [])])]),
    ...HELPER_BLOCKS.flatMap((b) => [b.title[language], ...b.headers.map((h) => h[language])]),
    ...CHARTS.flatMap((c) => [c.title[language], c.seriesName[language]])];
  const manifest = [...readFileSync(join(root, 'manifest.xml'), 'utf8').matchAll(new RegExp(`Locale="${language === 'fa' ? 'fa-IR' : 'el-GR'}" Value="([^"]*)"`, 'g'))].map((m) => m[1]);
  const help = readFileSync(join(root, 'ui/help.html'), 'utf8').match(new RegExp(`<section lang="${language}"[\\s\\S]*?</section>`))?.[0] ?? '';
  return [
    ...REGISTRY.flatMap((def) => pick(kpiText(def, language))),
    ...Object.values(MESSAGE_TABLES[language]),
    ...pick(UI_STRINGS[language]), ...pick(WIZARD_STRINGS[language]), ...pick(TEMPLATE_STRINGS[language]), TEMPLATE_INSERTED[language],
    ...pick(MENU_STRINGS[language]), ...pick(WORKBOOK_STRINGS[language]),
    ...dashboard, ...manifest, help,
    ...pick((language === 'fa' ? DOCS_FA : DOCS_EL)), ...pick(DOC_STRINGS[language]),
  ];
}

/** A text without what it quotes (status labels, values, what the user types): only its own words are held to the glossary. */
const ownWords = (text: string) => text.replace(/"[^"]*"|«[^»]*»|\u2066[^\u2069]*\u2069/g, '');

describe.each([['fa', GLOSSARY_FA], ['el', GLOSSARY_EL]] as const)('the %s glossary', (language, glossary) => {
  const texts = productTexts(language);

  it('has one term per concept', () => {
    expect(new Set(glossary.map((e) => e.concept)).size).toBe(glossary.length);
    expect(texts.length).toBeGreaterThan(300);
  });

  it.each(glossary.map((e) => [e.concept, e] as const))('uses no other rendering of "%s"', (_, entry) => {
    for (const text of texts) for (const other of entry.avoid) expect(ownWords(text), `"${other}" in: ${text}`).not.toContain(other);
  });

  it.each(glossary.filter((e) => e.avoid.length > 0).map((e) => [e.concept, e] as const))('uses the term for "%s"', (_, entry) => {
    expect(texts.some((text) => text.includes(entry.term)), entry.term).toBe(true);
  });
});
