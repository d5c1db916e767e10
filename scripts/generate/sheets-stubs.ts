// Generates the Apps Script file of top-level custom functions, each with the JSDoc Sheets autocomplete reads.
import { sheetsName, type KpiDefinition } from '../../core';
import { formulaIn, jsdocReturn, jsdocType } from './param-types';

/** The global the core bundle defines (esbuild's globalName). */
export const CORE_GLOBAL = 'SalesKpi';

function comment(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function stub(def: KpiDefinition): string {
  const name = sheetsName(def);
  const example = def.examples[0];
  const lines = [
    '/**',
    ` * ${comment(def.summary)}`,
    ` * Formula: ${comment(def.formula)}.`,
    ` * Example: ${comment(formulaIn('sheets', name, example.formula))}${typeof example.result === 'number' ? ` returns ${example.result}` : ''}.`,
    ...def.params.map((p) => ` * @param {${jsdocType(def, p)}} ${p.name} ${p.optional ? 'Optional. ' : ''}${comment(p.description)}`),
    ` * @return {${jsdocReturn(def)}} ${def.result === 'table' ? 'A table without a header row.' : 'The KPI value.'}`,
    ' * @customfunction',
    ' */',
    `function ${name}(${def.params.map((p) => p.name).join(', ')}) {`,
    `  return ${CORE_GLOBAL}.callFromSheets('${def.id}', arguments);`,
    '}',
  ];
  return lines.join('\n');
}

export function sheetsStubs(registry: readonly KpiDefinition[]): string {
  return [
    '// Sales KPI custom functions for Google Sheets. Generated from the registry by scripts/build.ts: do not edit.',
    '',
    ...registry.map(stub).join('\n\n').split('\n'),
    '',
  ].join('\n');
}
