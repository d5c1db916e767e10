// The pane both hosts show (Excel's task pane, the Sheets sidebar): language, direction, and the reference.
import { languageOf, type Language } from '../core/translations';
import { formula, h, renderReference, type Host } from './function-reference';
import { UI_STRINGS } from './ui-strings';

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['fa']);

/** A UI sentence with its `{formula}` placeholder set as a left-to-right formula. */
function withFormula(doc: Document, sentence: string, text: string): (Node | string)[] {
  const [before, after] = sentence.split('{formula}');
  return [before, formula(doc, text), after ?? ''];
}

/** What a user types to start a formula in each host. */
const FORMULA_START: Readonly<Record<Host, string>> = { excel: '=KPI.', sheets: '=NPS(' };

/** Renders the pane into `doc` for a locale such as "fa-IR" (Office) or "fa" (Apps Script). */
export function renderPane(doc: Document, locale: string | undefined, host: Host): Language {
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
    h(doc, 'p', { class: 'hint' }, ...withFormula(doc, ui.hint[host], FORMULA_START[host])),
    renderReference(doc, language, ui, host),
  );
  doc.getElementById('wizard')!.hidden = true;
  return language;
}
