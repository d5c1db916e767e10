// The task pane shell: picks the display language, sets the page direction, and shows the reference.
import { languageOf, type Language } from '../../core/translations';
import { formula, h, renderReference } from './function-reference';
import { UI_STRINGS } from './ui-strings';

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['fa']);

/** A UI sentence with its `{formula}` placeholder set as a left-to-right formula. */
function withFormula(doc: Document, sentence: string, text: string): (Node | string)[] {
  const [before, after] = sentence.split('{formula}');
  return [before, formula(doc, text), after ?? ''];
}

/** Renders the task pane into `doc` for an Office (or browser) locale such as "fa-IR". */
export function renderTaskPane(doc: Document, locale: string | undefined): Language {
  const language = languageOf(locale);
  const ui = UI_STRINGS[language];
  doc.documentElement.lang = language;
  doc.documentElement.dir = RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
  const app = doc.getElementById('app')!;
  app.replaceChildren(
    h(doc, 'header', { class: 'masthead' },
      h(doc, 'h1', {}, 'Sales KPI'),
      h(doc, 'p', { class: 'subtitle' }, ui.subtitle)),
    h(doc, 'nav', { class: 'tabs', role: 'tablist' },
      h(doc, 'span', { class: 'tab selected', role: 'tab' }, ui.referenceTab)),
    // The KPI wizard (a later issue) mounts here.
    h(doc, 'section', { id: 'wizard', class: 'wizard', 'aria-label': 'wizard' }),
    h(doc, 'p', { class: 'hint' }, ...withFormula(doc, ui.hint, '=KPI.')),
    renderReference(doc, language, ui),
  );
  doc.getElementById('wizard')!.hidden = true;
  return language;
}
