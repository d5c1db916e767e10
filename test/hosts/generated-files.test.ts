// The files generated from the registry: Excel metadata, Sheets JSDoc stubs, the docs, and bundle size budgets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY, sheetsName } from '../../core';
import { kpiText } from '../../core/translations';
import { DOCS_EL } from '../../core/translations/docs-el';
import { DOCS_FA } from '../../core/translations/docs-fa';
import { MESSAGE_TABLES } from '../../core/messages/tables';
import { BUDGETS } from '../../scripts/bundle-budgets';
import { excelMetadata } from '../../scripts/generate/excel-metadata';
import { functionDocs } from '../../scripts/generate/function-docs';
import { sheetsStubs } from '../../scripts/generate/sheets-stubs';
import { sampleData } from '../../ui/template/sample-data';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('dist/excel/functions.json', () => {
  const json = JSON.parse(read('dist/excel/functions.json'));

  it('is the registry, function by function and parameter by parameter', () => {
    expect(json).toEqual(excelMetadata(REGISTRY));
    json.functions.forEach((fn: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean }[] }, i: number) => {
      const def = REGISTRY[i];
      expect(fn.id).toBe(def.id);
      expect(fn.name).toBe(def.id);
      expect(fn.description).toBe(def.summary);
      expect(fn.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
      expect(fn.parameters.map((p) => p.optional ?? false)).toEqual(def.params.map((p) => p.optional ?? false));
    });
  });

  it('asks for parameter addresses only with matrix results, as Excel requires', () => {
    for (const fn of json.functions) {
      expect(fn.options.requiresParameterAddresses).toBe(true);
      expect(fn.result.dimensionality).toBe('matrix');
    }
  });

  it('uses ids Excel accepts: A–Z, digits, underscore and period, from three characters', () => {
    for (const fn of json.functions) expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });
});

describe('dist/excel/functions.fa.json and functions.el.json', () => {
  it.each(['fa', 'el'] as const)('in %s, keeps every id, name and parameter and translates every description', (language) => {
    const json = JSON.parse(read(`dist/excel/functions.${language}.json`));
    const english = excelMetadata(REGISTRY);
    expect(json).toEqual(excelMetadata(REGISTRY, language));
    json.functions.forEach((fn: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }, i: number) => {
      const def = REGISTRY[i];
      expect([fn.id, fn.name]).toEqual([def.id, def.id]);
      expect(fn.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
      expect(fn.description).toBe(kpiText(def, language).summary);
      expect(fn.description).not.toBe(english.functions[i].description);
      fn.parameters.forEach((p) => expect(p.description).toBe(kpiText(def, language).params[p.name]));
    });
  });
});

describe('dist/sheets/functions.js', () => {
  const stubs = read('dist/sheets/functions.js');

  it('is generated from the registry', () => {
    expect(stubs).toBe(sheetsStubs(REGISTRY));
  });

  it.each(REGISTRY.map((def) => [def.id, def] as const))('documents %s for Sheets autocomplete', (_id, def) => {
    const name = sheetsName(def);
    const block = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(stubs);
    expect(block, name).not.toBeNull();
    const [, doc, params] = block!;
    expect(doc).toContain(def.summary);
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/Example: =\w+\(/);
    expect(params.split(', ')).toEqual(def.params.map((p) => p.name));
    for (const p of def.params) expect(doc).toContain(`} ${p.name} ${p.optional ? 'Optional. ' : ''}${p.description}`);
  });
});

describe('docs/FUNCTIONS.md', () => {
  it('is up to date with the registry', () => {
    expect(read('docs/FUNCTIONS.md')).toBe(functionDocs(REGISTRY));
  });

  it('has a section with arguments, errors and an example for every function', () => {
    const docs = read('docs/FUNCTIONS.md');
    for (const def of REGISTRY) {
      const start = docs.indexOf(`### ${def.id}\n`);
      expect(start, def.id).toBeGreaterThan(0);
      const section = docs.slice(start, docs.indexOf('\n### ', start + 1) >>> 0);
      expect(section).toContain('| argument | kind | meaning |');
      expect(section).toContain('| error | when |');
      expect(section).toContain('| example | result |');
      for (const p of def.params) expect(section).toContain(`| ${p.name}`);
    }
  });
});

describe.each([['fa', DOCS_FA], ['el', DOCS_EL]] as const)('docs/FUNCTIONS.%s.md', (language, texts) => {
  it('is what the build generates from the registry and its translations', () => {
    expect(read(`docs/FUNCTIONS.${language}.md`)).toBe(functionDocs(REGISTRY, language));
  });

  it('translates every error condition and table column of every function, no more and no fewer', () => {
    expect(Object.keys(texts)).toEqual(REGISTRY.map((def) => def.id));
    for (const def of REGISTRY) {
      expect(texts[def.id].errors, def.id).toHaveLength(def.errors.length);
      expect(texts[def.id].columns?.length, def.id).toBe(def.columns?.length);
    }
  });

  it('gives each function its summary, arguments and error conditions in the language', () => {
    const docs = read(`docs/FUNCTIONS.${language}.md`);
    for (const def of REGISTRY) {
      const section = docs.slice(docs.indexOf(`### ${def.id}\n`));
      expect(section).toContain(kpiText(def, language).summary);
      for (const p of def.params) expect(section).toContain(kpiText(def, language).params[p.name]);
      for (const when of texts[def.id].errors) expect(section).toContain(when);
    }
    // The English reference texts are not in it.
    expect(docs).not.toContain(REGISTRY[0].summary);
    expect(docs).not.toContain(REGISTRY[0].errors[0].when);
  });
});

describe('bundle sizes', () => {
  it('keeps dist/excel/functions.js within 80 KB', () => {
    expect(statSync(join(root, 'dist/excel/functions.js')).size).toBeLessThanOrEqual(BUDGETS['excel/functions.js']);
    expect(BUDGETS['excel/functions.js']).toBe(80 * 1024);
  });

  it('keeps the messages out of the Sheets scripts, every language in messages.html', () => {
    const core = readFileSync(join(root, 'dist/sheets/kpi-core.js'), 'utf8');
    const messages = readFileSync(join(root, 'dist/sheets/messages.html'), 'utf8');
    for (const language of ['en', 'fa', 'el'] as const) {
      expect(core).not.toContain(MESSAGE_TABLES[language].tooFewCustomers);
      expect(messages).toContain(JSON.stringify(MESSAGE_TABLES[language].tooFewCustomers));
    }
  });

  it('keeps the dist/sheets scripts, which Apps Script parses on every custom-function call, within 100 KB', () => {
    const scripts = readdirSync(join(root, 'dist/sheets')).filter((file) => file.endsWith('.js'));
    expect(scripts).toEqual(['addon.js', 'functions.js', 'kpi-core.js']);
    const size = scripts.reduce((sum, file) => sum + statSync(join(root, 'dist/sheets', file)).size, 0);
    expect(size).toBeLessThanOrEqual(BUDGETS.sheets);
    expect(BUDGETS.sheets).toBe(100 * 1024);
  });

  it('keeps the dashboard template out of the scripts: its sample data and labels are only in template-data.html', () => {
    const scripts = ['addon.js', 'functions.js', 'kpi-core.js'].map((file) => readFileSync(join(root, 'dist/sheets', file), 'utf8')).join('\n');
    const data = readFileSync(join(root, 'dist/sheets/template-data.html'), 'utf8');
    // esbuild writes non-ASCII text as \\u escapes: look for both spellings.
    const escaped = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    // The dashboard's title in three languages, and the sample's first deal account.
    const account = String(sampleData(1).deals.rows[0][1]);
    for (const text of ['Sales KPI dashboard', 'داشبورد شاخص‌های فروش', 'Πίνακας ελέγχου δεικτών πωλήσεων', account]) {
      expect(data, text).toContain(text);
      expect(scripts, text).not.toContain(text);
      expect(scripts, text).not.toContain(escaped(text));
    }
    expect(escaped('داشبورد').length).toBeGreaterThan('داشبورد'.length);
  });
});
