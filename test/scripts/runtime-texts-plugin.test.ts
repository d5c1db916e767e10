// The runtime bundles' KPI definitions: texts for people left out, everything the runner reads kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKpi } from '../../core';
import { withoutDefinitionTexts } from '../../scripts/runtime-texts-plugin';

const root = join(__dirname, '../..');

describe('withoutDefinitionTexts', () => {
  const source = `
    export const kpi = defineKpi({
      id: 'X', group: 'funnel', summary: 'Words.', formula: 'a ÷ b', whole: { name: 'w', description: 'The whole.' },
      params: [{ name: 'a', kind: 'number', min: 0, description: 'The a.' }],
      result: 'rate', errors: [{ kind: 'div0', when: 'a is 0' }], examples: [{ formula: 'X(1)', args: [1], result: 1 }],
      columns: ['the stage', 'its rate'], columnFormats: ['text', 'rate'],
      compute: (a) => ({ description: 'kept: code, not a text of the definition', a }),
    });
    const shared = { name: 'period', kind: 'text', choices: { week: ['w'] }, description: 'Shared words.' } as const satisfies ParamSpec;
    const sharedList = [{ name: 'c', kind: 'labels', description: 'Listed words.' }] as const satisfies readonly ParamSpec[];
    const other = { summary: 'kept: not a definition', description: 'kept too' };`;
  const stripped = withoutDefinitionTexts(source, 'x.ts');

  it('drops the summary, formula, errors, examples, group, table columns and parameter descriptions of a definition', () => {
    for (const text of ['Words.', 'a ÷ b', 'The a.', 'The whole.', 'a is 0', 'X(1)', 'columnFormats', 'the stage', "group: 'funnel'"]) expect(stripped).not.toContain(text);
  });

  it('drops the description of parameter specs declared apart, shared by several definitions', () => {
    for (const text of ['Shared words.', 'Listed words.']) expect(stripped).not.toContain(text);
    for (const text of ["name: 'period'", 'week:', "kind: 'labels'"]) expect(stripped).toContain(text);
  });

  it('keeps what the runner reads, and objects that are not definitions', () => {
    for (const text of ["id: 'X'", "kind: 'number'", 'min: 0', "result: 'rate'", 'compute:', 'kept: code, not a text of the definition', 'kept: not a definition', 'kept too']) {
      expect(stripped).toContain(text);
    }
  });
});

describe('the bundles the spreadsheets load', () => {
  it('carry no definition texts, which functions.json and the Sheets JSDoc carry instead', () => {
    const excel = readFileSync(join(root, 'dist/excel/functions.js'), 'utf8');
    const sheets = readFileSync(join(root, 'dist/sheets/kpi-core.js'), 'utf8');
    const summary = findKpi('WIN_RATE')!.summary;
    const shared = findKpi('BY_PERIOD')!.params.find((p) => p.name === 'calendar')!.description;
    for (const bundle of [excel, sheets]) {
      expect(bundle).not.toContain(summary);
      expect(bundle).not.toContain(shared);
    }
    expect(readFileSync(join(root, 'dist/excel/functions.json'), 'utf8')).toContain(summary);
  });
});
