// The pane both hosts show (Excel's task pane, the Sheets sidebar): language, direction, and the reference.
import { languageOf, type Language } from '../core/translations';
import { formula, h, renderReference, type Host } from './function-reference';
import { UI_STRINGS } from './ui-strings';
import { TEMPLATE_STRINGS } from './template/template-strings';
import { renderTemplatePanel } from './template/template-view';
import type { WizardHost } from './wizard/host';
import { renderInspector, renderWizard } from './wizard/wizard-view';
import { WIZARD_STRINGS } from './wizard/wizard-strings';

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['fa']);

/** A UI sentence with its `{formula}` placeholder set as a left-to-right formula. */
function withFormula(doc: Document, sentence: string, text: string): (Node | string)[] {
  const [before, after] = sentence.split('{formula}');
  return [before, formula(doc, text), after ?? ''];
}

/** What a user types to start a formula in each host. */
const FORMULA_START: Readonly<Record<Host, string>> = { excel: '=KPI.', sheets: '=NPS(' };

/** Tabs over panels: click or Enter to open, arrow keys to move between tabs (the ARIA tabs pattern). */
function tabs(doc: Document, panels: readonly (readonly [label: string, id: string, panel: HTMLElement])[]): HTMLElement[] {
  const list = h(doc, 'div', { class: 'tabs', role: 'tablist' });
  const buttons = panels.map(([label, id], i) => {
    const button = h(doc, 'button', { class: 'tab', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }, label);
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[(event as KeyboardEvent).key];
      if (step === undefined) return;
      const rtl = doc.documentElement.dir === 'rtl' ? -1 : 1;
      const next = (i + step * rtl + panels.length) % panels.length;
      select(next);
      buttons[next].focus();
    });
    return button;
  });
  const select = (selected: number) => panels.forEach(([, , panel], i) => {
    buttons[i].classList.toggle('selected', i === selected);
    buttons[i].setAttribute('aria-selected', String(i === selected));
    buttons[i].setAttribute('tabindex', i === selected ? '0' : '-1');
    panel.hidden = i !== selected;
  });
  list.append(...buttons);
  const wrapped = panels.map(([, id, panel]) => {
    panel.id = `panel-${id}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `tab-${id}`);
    return panel;
  });
  select(0);
  return [list, ...wrapped];
}

/** The choice of the language of a document's error messages, for hosts that keep one with the document. */
function renderMessageLanguage(doc: Document, ui: (typeof UI_STRINGS)[Language], host: WizardHost): HTMLElement {
  const strings = ui.messageLanguage;
  const select = h(doc, 'select', { id: 'message-language' }) as HTMLSelectElement;
  for (const [value, label] of [['', strings.locale], ['en', 'English'], ['fa', 'فارسی'], ['el', 'Ελληνικά']] as const) {
    const option = h(doc, 'option', {}, label) as HTMLOptionElement;
    option.value = value;
    select.append(option);
  }
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  void host.getMessageLanguage!().then((language) => { select.value = language; }, () => {});
  select.addEventListener('change', () => {
    host.setMessageLanguage!(select.value).then(() => { status.textContent = strings.saved; }, (error: Error) => { status.textContent = error.message; });
  });
  const label = h(doc, 'label', {}, strings.label) as HTMLLabelElement;
  label.htmlFor = 'message-language';
  return h(doc, 'section', { class: 'message-language' },
    label, ' ', select,
    h(doc, 'p', { class: 'hint' }, strings.note), status);
}

/**
 * Renders the pane into `doc` for a locale such as "fa-IR" (Office) or "fa" (Apps Script). With a
 * wizard host it opens on the KPI wizard, with the inspector and the reference beside it.
 */
export function renderPane(doc: Document, locale: string | undefined, host: Host, wizardHost?: WizardHost): Language {
  const language = languageOf(locale);
  const ui = UI_STRINGS[language];
  const strings = WIZARD_STRINGS[language];
  doc.documentElement.lang = language;
  doc.documentElement.dir = RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
  const reference = h(doc, 'section', { class: 'reference-panel' },
    h(doc, 'p', { class: 'hint' }, ...withFormula(doc, ui.hint[host], FORMULA_START[host])),
    renderReference(doc, language, ui, host));
  const panels: (readonly [string, string, HTMLElement])[] = [];
  if (wizardHost) {
    const context = { doc, host: wizardHost, language, strings, groups: ui.groups };
    panels.push([strings.tabs.insert, 'wizard', h(doc, 'section', { class: 'wizard' }, renderWizard(context))]);
    panels.push([strings.tabs.inspect, 'inspect', h(doc, 'section', { class: 'inspect' }, renderInspector(context))]);
    panels.push([TEMPLATE_STRINGS[language].tab, 'template', h(doc, 'section', { class: 'template' }, ...renderTemplatePanel(context))]);
  }
  if (wizardHost?.getMessageLanguage && wizardHost.setMessageLanguage) reference.prepend(renderMessageLanguage(doc, ui, wizardHost));
  panels.push([ui.referenceTab, 'reference', reference]);
  doc.getElementById('app')!.replaceChildren(
    h(doc, 'header', { class: 'masthead' },
      h(doc, 'h1', {}, 'Sales KPI'),
      h(doc, 'p', { class: 'subtitle' }, ui.subtitle)),
    ...tabs(doc, panels),
  );
  return language;
}
