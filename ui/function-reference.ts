// Renders the function reference from the registry in one language, with DOM nodes and text only (never HTML).
import { REGISTRY, sheetsName, type KpiDefinition } from '../core';
import { kpiText, type Language } from '../core/translations';
import type { UiStrings } from './ui-strings';

export type Host = 'excel' | 'sheets';

/** A call of `def` as typed in a cell of `host`: `=KPI.NPS(…)` in Excel, `=NPS(…)` in Sheets. */
export function cellFormula(def: KpiDefinition, call: string, host: Host): string {
  return host === 'excel' ? `=KPI.${def.id}${call}` : `=${sheetsName(def)}${call}`;
}

type Attributes = Partial<Record<'class' | 'dir' | 'lang' | 'id' | 'role' | 'aria-label' | 'aria-live' | 'aria-controls' | 'aria-selected' | 'tabindex', string>>;

/** An element with attributes and text or child nodes; text always goes in as text, never as markup. */
export function h(doc: Document, tag: string, attributes: Attributes, ...children: (Node | string)[]): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return element;
}

/** A formula as typed in an Excel cell: always left to right, whatever the language around it. */
export function formula(doc: Document, text: string): HTMLElement {
  return h(doc, 'code', { dir: 'ltr', class: 'formula' }, text);
}

function functionCard(doc: Document, def: KpiDefinition, language: Language, ui: UiStrings, host: Host): HTMLElement {
  const text = kpiText(def, language);
  const signature = def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  const example = def.examples[0].formula;
  const args = h(doc, 'dl', { class: 'arguments' });
  for (const p of def.params) {
    args.append(
      h(doc, 'dt', {}, formula(doc, p.name), ...(p.optional ? [' ', h(doc, 'span', { class: 'optional' }, `(${ui.optional})`)] : [])),
      h(doc, 'dd', {}, text.params[p.name]),
    );
  }
  return h(doc, 'article', { class: 'kpi', id: `kpi-${def.id}` },
    h(doc, 'h3', {}, formula(doc, cellFormula(def, `(${signature})`, host))),
    h(doc, 'p', { class: 'summary' }, text.summary),
    ...(def.result === 'table' ? [h(doc, 'p', { class: 'note' }, ui.returnsTable)] : []),
    h(doc, 'h4', {}, ui.arguments),
    args,
    h(doc, 'p', { class: 'example' }, `${ui.example}: `, formula(doc, cellFormula(def, example.slice(example.indexOf('(')), host))),
  );
}

/** The whole reference: one section per catalog group, one card per function, in registry order. */
export function renderReference(doc: Document, language: Language, ui: UiStrings, host: Host): HTMLElement {
  const root = h(doc, 'div', { class: 'reference' });
  const groups = [...new Set(REGISTRY.map((def) => def.group))];
  for (const group of groups) {
    const section = h(doc, 'section', { class: 'group', 'aria-label': ui.groups[group] }, h(doc, 'h2', {}, ui.groups[group]));
    for (const def of REGISTRY.filter((d) => d.group === group)) section.append(functionCard(doc, def, language, ui, host));
    root.append(section);
  }
  return root;
}
