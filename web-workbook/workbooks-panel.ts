// The toolbar's list of workbooks kept in this browser: new, open, rename, duplicate, delete with a way back, delete for good.
import type { Language } from '../core/translations';
import { fill } from '../ui/wizard/wizard-strings';
import { ListProblem, workbookPlace, type WorkbookEntry, type WorkbookList } from './workbook-list';
import type { WorkbookStrings } from './workbook-strings';

/** What the panel asks of the page: to open a workbook, copy one, make a new one, and to say something in the toolbar. */
export interface WorkbooksPanelHost {
  readonly currentId: string;
  goTo(id: string, flash?: Flash): Promise<void>;
  /** A new workbook with a copy of `id`'s data, under `name`; its entry. */
  duplicate(id: string, name: string): Promise<WorkbookEntry>;
  /** A new blank workbook; its entry. */
  create(name: string): Promise<WorkbookEntry>;
  forgetDatabase(database: string): Promise<void>;
  say(text: string, problem?: boolean, actions?: readonly { label: string; run: () => void }[]): void;
  renamed(name: string): void;
}

/** A message for the page a workbook change opens (it is said there, after the load). */
export type Flash =
  | { readonly kind: 'deleted'; readonly id: string; readonly name: string }
  | { readonly kind: 'opened'; readonly file: string; readonly name: string; readonly dropped: readonly string[] };

export const FLASH_KEY = 'sales-kpi-flash';

/** Text kept in its own direction inside a sentence of the other (a Latin file name in Persian). */
export const isolated = (text: string) => `\u2068${text}\u2069`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

function action(label: string, className: string, run: () => void): HTMLButtonElement {
  const made = element('button', `btn btn-sm btn-link ${className}`, label);
  made.type = 'button';
  made.addEventListener('click', run);
  return made;
}

/** The Workbooks button and its panel; the panel is drawn afresh from the list each time it opens, as other tabs change it too. */
export function renderWorkbooksPanel(list: WorkbookList, host: WorkbooksPanelHost, strings: WorkbookStrings, language: Language): { button: HTMLButtonElement; panel: HTMLElement } {
  const texts = strings.workbooks;
  const button = element('button', 'btn btn-sm btn-outline-primary workbooks-button');
  button.type = 'button';
  button.id = 'workbooks';
  button.setAttribute('aria-expanded', 'false');
  const panel = element('div', 'workbook-list');
  panel.id = 'workbook-list';
  panel.hidden = true;
  panel.dir = language === 'fa' ? 'rtl' : 'ltr';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', texts.heading);

  const label = () => {
    const current = list.get(host.currentId);
    button.textContent = `${texts.button}: ${current?.name ?? ''}`;
  };
  const guarded = (change: () => void | Promise<void>) => async () => {
    try {
      await change();
    } catch (error) {
      host.say(fill(texts.listFailed, { reason: error instanceof ListProblem ? error.message : String((error as Error)?.message ?? error) }), true);
    }
    draw();
  };

  const renameRow = (row: HTMLElement, entry: WorkbookEntry) => {
    const input = element('input', 'form-control form-control-sm rename-input');
    input.value = entry.name;
    input.dir = 'auto';
    input.setAttribute('aria-label', texts.rename);
    const save = guarded(() => {
      const given = list.rename(entry.id, input.value);
      if (entry.id === host.currentId) host.renamed(given);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') void save();
      if (event.key === 'Escape') draw();
    });
    row.replaceChildren(input, action(texts.save, 'save-name', () => void save()));
    input.focus();
    input.select();
  };

  const deleteWorkbook = (entry: WorkbookEntry) => guarded(async () => {
    list.delete(entry.id);
    if (entry.id === host.currentId) {
      const next = list.lastUsed();
      const to = next.deletedAt === undefined && next.id !== entry.id ? next : await host.create(texts.untitled);
      await host.goTo(to.id, { kind: 'deleted', id: entry.id, name: entry.name });
      return;
    }
    host.say(fill(texts.deleted, { name: entry.name }), false, [{ label: texts.undo, run: () => void guarded(() => { list.restore(entry.id); host.say(fill(texts.restored, { name: entry.name })); })() }]);
  });

  const draw = () => {
    label();
    const all = list.all();
    const kept = all.filter((w) => w.deletedAt === undefined);
    const deleted = all.filter((w) => w.deletedAt !== undefined);
    const items = element('ul', 'list-unstyled workbook-items');
    for (const entry of kept) {
      const row = element('li', 'workbook-item');
      row.dataset.id = entry.id;
      const current = entry.id === host.currentId;
      const name = current
        ? element('span', 'workbook-name current', entry.name)
        : action(entry.name, 'workbook-name open-workbook', () => void host.goTo(entry.id));
      name.dir = 'auto';
      row.append(name);
      if (current) row.append(element('span', 'open-now', texts.openNow));
      row.append(
        action(texts.rename, 'rename-workbook', () => renameRow(row, entry)),
        action(texts.duplicate, 'duplicate-workbook', () => void guarded(async () => {
          const copy = await host.duplicate(entry.id, fill(texts.copyOf, { name: entry.name }));
          await host.goTo(copy.id);
        })()),
        action(texts.delete, 'delete-workbook', () => void deleteWorkbook(entry)()),
      );
      items.append(row);
    }
    const children: HTMLElement[] = [element('h2', 'workbook-list-heading', texts.heading), items,
      action(texts.newWorkbook, 'new-workbook', () => void guarded(async () => {
        const made = await host.create(texts.untitled);
        await host.goTo(made.id);
      })())];
    if (deleted.length > 0) {
      const gone = element('ul', 'list-unstyled deleted-items');
      for (const entry of deleted) {
        const row = element('li', 'workbook-item deleted');
        row.dataset.id = entry.id;
        const name = element('span', 'workbook-name', entry.name);
        name.dir = 'auto';
        row.append(name,
          action(texts.restore, 'restore-workbook', () => void guarded(() => { list.restore(entry.id); host.say(fill(texts.restored, { name: entry.name })); })()),
          action(texts.forget, 'forget-workbook', () => void guarded(async () => {
            if (!window.confirm(fill(texts.forgetConfirm, { name: entry.name }))) return;
            list.forget(entry.id);
            await host.forgetDatabase(workbookPlace(entry.id).database);
          })()));
        gone.append(row);
      }
      children.push(element('h3', 'workbook-list-heading deleted-heading', texts.deletedHeading), gone);
    }
    panel.replaceChildren(...children);
  };

  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) draw();
  });
  addEventListener('storage', (event) => { if (event.key === 'sales-kpi-workbooks') draw(); });
  label();
  return { button, panel };
}
