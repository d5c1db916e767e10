import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core';
import { el } from '../../core/translations/el';
import { fa } from '../../core/translations/fa';
import { kpiText, LANGUAGES, languageOf, type KpiTexts } from '../../core/translations';

/** Every text of a table as [where, text]: each summary and each argument's description. */
function textsOf(table: KpiTexts): [string, string][] {
  return Object.entries(table).flatMap(([id, text]) => [
    [`${id} summary`, text.summary] as [string, string],
    ...Object.entries(text.params).map(([name, description]) => [`${id}(${name})`, description] as [string, string]),
  ]);
}

/** The English text and its translation, side by side, for every summary and argument of the registry. */
function pairsOf(table: KpiTexts): [where: string, english: string, translated: string | undefined][] {
  return REGISTRY.flatMap((def) => [
    [`${def.id} summary`, def.summary, table[def.id]?.summary] as [string, string, string | undefined],
    ...def.params.map((p) => [`${def.id}(${p.name})`, p.description, table[def.id]?.params[p.name]] as [string, string, string | undefined]),
  ]);
}

/** Tokens users type or read as they are: quoted labels like "won", rates like 50% or 0.5, and acronyms. */
function keptTokens(english: string): string[] {
  const quoted = [...english.matchAll(/"([a-z][a-z ]*)"/g)].map((m) => `"${m[1]}"`);
  const numbers = english.match(/\d+(?:\.\d+)?%|\d+\.\d+/g) ?? [];
  const acronyms = english.match(/\b(?:MQL|SQL|CAC|LTV|ARPA|NPS|CSAT|RFM)\b/g) ?? [];
  return [...quoted, ...numbers, ...acronyms];
}

const TABLES: readonly [name: string, table: KpiTexts, script: RegExp][] = [
  ['fa', fa, /[\u0600-\u06FF]/],
  ['el', el, /[\u0370-\u03FF\u1F00-\u1FFF]/],
];

describe.each(TABLES)('%s texts', (name, table, script) => {
  it('have one entry per registry function, in registry order, and no other', () => {
    expect(Object.keys(table)).toEqual(REGISTRY.map((def) => def.id));
  });

  it('describe exactly the parameters of each function, in order', () => {
    for (const def of REGISTRY) {
      expect(Object.keys(table[def.id]?.params ?? {}), def.id).toEqual(def.params.map((p) => p.name));
    }
  });

  it('are never empty and never the English text', () => {
    for (const [where, english, translated] of pairsOf(table)) {
      expect(translated?.trim(), where).toBeTruthy();
      expect(translated, where).not.toBe(english);
    }
  });

  it('are written in the language\'s script', () => {
    for (const [where, text] of textsOf(table)) expect(text, where).toMatch(script);
  });

  it('keep quoted labels, rates like 50% or 0.5, and acronyms as the English has them (Greek writes 0,5)', () => {
    for (const [where, english, translated] of pairsOf(table)) {
      // Greek writes a decimal comma: 0,5 is the 0.5 a Greek user types.
      const read = name === 'el' ? translated?.replace(/(\d),(\d)/g, '$1.$2') : translated;
      for (const token of keptTokens(english)) expect(read, where).toContain(token);
    }
  });

  it('are what kpiText gives for the language', () => {
    const language = LANGUAGES.find((l) => l === name)!;
    for (const def of REGISTRY) expect(kpiText(def, language)).toBe(table[def.id]);
  });
});

describe('Persian texts', () => {
  it('use Persian yeh and kaf (ی, ک), never Arabic yeh or kaf (ي, ك)', () => {
    for (const [where, text] of textsOf(fa)) expect(text, where).not.toMatch(/[\u064A\u0643]/);
  });

  it('join the prefix می to its verb with a half-space, never a space', () => {
    for (const [where, text] of textsOf(fa)) expect(text, where).not.toMatch(/(^|[\s«(])(?:ن?می) /);
  });
});

describe('kpiText', () => {
  it('gives English straight from the registry', () => {
    for (const def of REGISTRY) {
      const text = kpiText(def, 'en');
      expect(text.summary).toBe(def.summary);
      expect(text.params).toEqual(Object.fromEntries(def.params.map((p) => [p.name, p.description])));
    }
  });

  it('offers English, Persian and Greek', () => {
    expect(LANGUAGES).toEqual(['en', 'fa', 'el']);
  });
});

describe('languageOf', () => {
  it.each([
    ['fa-IR', 'fa'],
    ['el-GR', 'el'],
    ['el', 'el'],
    ['en-US', 'en'],
    [undefined, 'en'],
    ['de-DE', 'en'],
    ['FA-ir', 'fa'],
    ['fa_IR', 'fa'],
    ['', 'en'],
    ['fab', 'en'],
  ] as const)('maps %s to %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('Persian digits', () => {
  it('are used in running text; Latin digits only in what the user types or reads as is, kept left to right', () => {
    for (const [where, text] of textsOf(fa)) {
      // What stays Latin is isolated (U+2066 … U+2069), quoted, or part of a name such as B2B, CLV or SQL.
      const prose = text.replace(/\u2066[^\u2069]*\u2069|"[^"]*"|«[^»]*»/g, '').replace(/\b[A-Z][A-Z0-9]*\b/g, '');
      expect(prose, where).not.toMatch(/[0-9]/);
    }
  });
});
