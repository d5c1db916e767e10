// The Dashboard tab's "your own data" part: read the sheet, confirm its columns and statuses in one screen, build the dashboard.
import { columnLetters } from '../../core';
import type { DealOutcome } from '../../core/kpis/status-labels';
import { h } from '../function-reference';
import { matchReasonText, type WizardContext } from '../wizard/wizard-view';
import { fill } from '../wizard/wizard-strings';
import { OUTCOME_WORDS } from './dashboard';
import { DASHBOARD_FIELDS } from './dashboard-fields';
import { fieldKey, ownSheetOf, proposeOwnFields, statusesOf, type OwnMapping, type OwnSheet } from './own-data';
import { TEMPLATE_INSERTED, TEMPLATE_STRINGS } from './template-strings';

const OUTCOMES: readonly DealOutcome[] = ['won', 'lost', 'open'];

function option(doc: Document, value: string, label: string): HTMLOptionElement {
  const element = h(doc, 'option', {}, label) as HTMLOptionElement;
  element.value = value;
  return element;
}

export function renderOwnDashboard(ctx: WizardContext): HTMLElement[] {
  const { doc, host, language } = ctx;
  const text = TEMPLATE_STRINGS[language].own;
  const digits = (n: number) => n.toLocaleString(language === 'fa' ? 'fa-IR' : language);
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const screen = h(doc, 'div', { class: 'own-mapping' });
  const read = h(doc, 'button', { id: 'read-own-sheet' }, text.read) as HTMLButtonElement;

  let own: OwnSheet | undefined;
  let fields: Record<string, number> = {};
  let outcomes = new Map<string, DealOutcome>();

  const statusTable = h(doc, 'div', { class: 'own-statuses' });
  const renderStatuses = () => {
    statusTable.replaceChildren();
    if (!own) return;
    const rows = statusesOf(own, fields['deals.status']);
    statusTable.append(h(doc, 'h3', {}, text.statuses));
    if (rows.length === 0) {
      statusTable.append(h(doc, 'p', { class: 'hint' }, text.noStatus));
      return;
    }
    statusTable.append(h(doc, 'p', { class: 'hint' }, text.statusHint));
    const head = h(doc, 'tr', {}, ...text.statusHeaders.map((header) => h(doc, 'th', {}, header)));
    const body = rows.map((row, i) => {
      const select = h(doc, 'select', { id: `outcome-${i}`, 'aria-label': `${row.value}: ${text.statusHeaders[2]}` }) as HTMLSelectElement;
      for (const outcome of OUTCOMES) select.append(option(doc, outcome, OUTCOME_WORDS[outcome][language]));
      select.value = outcomes.get(row.value) ?? row.outcome;
      outcomes.set(row.value, select.value as DealOutcome);
      select.addEventListener('change', () => { outcomes.set(row.value, select.value as DealOutcome); });
      // A status is data: it keeps its own direction inside a Persian pane.
      return h(doc, 'tr', {}, h(doc, 'td', { dir: 'auto' }, row.value), h(doc, 'td', {}, digits(row.count)), h(doc, 'td', {}, select));
    });
    statusTable.append(h(doc, 'table', { class: 'own-status-table' }, h(doc, 'thead', {}, head), h(doc, 'tbody', {}, ...body)));
  };

  const renderScreen = () => {
    if (!own) return;
    const sheet = own;
    const proposed = proposeOwnFields(sheet);
    fields = Object.fromEntries([...proposed].map(([key, match]) => [key, match.col]));
    outcomes = new Map();
    const list = h(doc, 'div', { class: 'own-fields' });
    let set = '';
    for (const field of DASHBOARD_FIELDS) {
      const key = fieldKey(field);
      if (field.sheet !== set) {
        set = field.sheet;
        list.append(h(doc, 'h4', {}, text.sets[field.sheet]));
      }
      const select = h(doc, 'select', { id: `field-${key.replace('.', '-')}` }) as HTMLSelectElement;
      select.append(option(doc, '', text.notInSheet));
      for (const column of sheet.columns) select.append(option(doc, String(column.col), `${columnLetters(column.col)} · ${column.header}`));
      select.value = fields[key] === undefined ? '' : String(fields[key]);
      const why = h(doc, 'span', { class: 'match-why' });
      const match = proposed.get(key);
      if (match) why.textContent = matchReasonText(ctx.strings, match.why, language);
      select.addEventListener('change', () => {
        if (select.value === '') delete fields[key];
        else fields[key] = Number(select.value);
        // A choice made by hand needs no reason.
        why.textContent = '';
        if (key === 'deals.status') renderStatuses();
      });
      list.append(h(doc, 'label', { class: 'own-field' }, h(doc, 'span', { class: 'own-field-name' }, field.label[language]), select, why));
    }
    const build = h(doc, 'button', { class: 'primary', id: 'build-own-dashboard' }, text.build) as HTMLButtonElement;
    build.addEventListener('click', async () => {
      build.disabled = true;
      status.textContent = text.building;
      try {
        const rows = statusesOf(sheet, fields['deals.status']);
        const mapping: OwnMapping = { fields: { ...fields }, statuses: rows.map((row) => ({ value: row.value, outcome: outcomes.get(row.value) ?? row.outcome })) };
        const built = await host.buildDashboard(sheet, mapping, language);
        status.textContent = fill(TEMPLATE_INSERTED[language], { sheet: built.dashboard });
      } catch (error) {
        status.textContent = (error as Error).message;
      } finally {
        build.disabled = false;
      }
    });
    screen.replaceChildren(h(doc, 'h3', {}, fill(text.fields, { sheet: sheet.sheet })), list, statusTable, build);
    renderStatuses();
  };

  read.addEventListener('click', async () => {
    read.disabled = true;
    status.textContent = text.reading;
    screen.replaceChildren();
    try {
      const used = await host.getUsedRange();
      const sheet = ownSheetOf(used);
      if (sheet.columns.length === 0 || used.values.length < 2) {
        own = undefined;
        status.textContent = fill(text.noTable, { sheet: used.sheet });
        return;
      }
      own = sheet;
      status.textContent = '';
      renderScreen();
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      read.disabled = false;
    }
  });

  return [h(doc, 'h3', {}, text.title), h(doc, 'p', {}, text.intro), read, screen, status];
}
