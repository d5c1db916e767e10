// Entry of dist/web/workbook.js: the workbook on o-spreadsheet, our functions in it, the Sales KPI pane beside it, kept in this browser.
import { languageOf, LANGUAGES, type Language } from '../core/translations';
import { renderPane } from '../ui/pane';
import { fill } from '../ui/wizard/wizard-strings';
import { registerAll } from './custom-functions';
import type { ImportedFile } from './file-import';
import { importMessage, readingText, type ReadingChoice } from './import-message';
import { PageWorkbook, type OwlApp, type PageEngine, type SaveState } from './page-workbook';
import { addTemplate, emptyWorkbook, type WorkbookData } from './workbook-data';
import { FIRST_WORKBOOK, fileNameOf, WorkbookList, workbookPlace, type WorkbookEntry } from './workbook-list';
import { inLocale } from './workbook-locales';
import { deleteDatabase, openDatabase, replayMessages, WorkbookStore } from './workbook-store';
import { WORKBOOK_STRINGS } from './workbook-strings';
import { FLASH_KEY, isolated, renderWorkbooksPanel, type Flash } from './workbooks-panel';
import { WebWizardHost } from './wizard-host';
import { prepareWorker, runInWorker, TaskFailure, type RunningTask } from './worker-tasks';
import { checkXlsx } from './xlsx-guard';
import { openXlsxWorkbook, xlsxFiles, xlsxKind, type XlsxFiles } from './xlsx-open';

declare const o_spreadsheet: PageEngine;
declare const owl: {
  App: new (root: unknown, config: { props: Record<string, unknown>; templates: string }) => OwlApp;
};

const LANGUAGE_KEY = 'sales-kpi-language';

/** The language chosen with the switch, else the browser's. */
function chosenLanguage(): Language {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  return chosen && (LANGUAGES as readonly string[]).includes(chosen) ? (chosen as Language) : languageOf(navigator.language);
}

/** Says `text` in the toolbar, with a button for each action; a later message replaces it, buttons and all. */
let toolbarMessage: (text: string, problem?: boolean, actions?: readonly { label: string; run: () => void }[]) => void = () => {};

function button(label: string, id: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.id = id;
  element.textContent = label;
  element.className = 'btn btn-sm btn-outline-primary';
  element.addEventListener('click', onClick);
  return element;
}

interface Busy {
  say(text: string): void;
  done(): void;
}

/** A long task's progress in the toolbar, shown once it has run a second, with a Cancel button. */
function showBusy(status: HTMLElement, text: string, cancelLabel: string, cancel: () => void): Busy {
  const label = document.createElement('span');
  label.textContent = text;
  const timer = setTimeout(() => {
    status.replaceChildren(label, document.createElement('progress'), button(cancelLabel, 'cancel-task', cancel));
    status.hidden = false;
  }, 1000);
  return {
    say: (next) => { label.textContent = next; },
    done: () => { clearTimeout(timer); status.replaceChildren(); status.hidden = true; },
  };
}

function download(bytes: Uint8Array, name = 'sales-kpi.xlsx'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * If a cell is being typed in the grid, commits it as Enter would, so opening a file never drops it.
 * o-spreadsheet keeps the composer's state in its component tree, out of the model's reach.
 */
function commitTypedCell(): void {
  const composer = document.querySelector<HTMLElement>('.o-composer.active');
  if (!composer || composer.offsetParent === null || !composer.textContent) return;
  composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
}

interface Toolbar {
  exportNow(): void;
}

/** The workbooks of this browser as the page sees them: the list, the one open, and how to reach another. */
interface Workbooks {
  readonly list: WorkbookList;
  readonly current: WorkbookEntry;
  goTo(id: string, flash?: Flash): Promise<void>;
  /** A new workbook holding `data`, under a free name like `name`; its entry. */
  store(name: string, data: WorkbookData): Promise<WorkbookEntry>;
  /** The data of a kept workbook, every stored revision in it. */
  dataOf(id: string): Promise<WorkbookData>;
}

function renderToolbar(toolbar: HTMLElement, workbook: PageWorkbook, language: Language, workbooks: Workbooks): Toolbar {
  const strings = WORKBOOK_STRINGS[language];
  const message = document.createElement('span');
  message.className = 'message';
  message.setAttribute('role', 'status');
  message.dir = 'auto';
  toolbarMessage = (text, problem = false, actions = []) => {
    message.textContent = text;
    message.classList.toggle('problem', problem);
    for (const action of actions) {
      const choice = button(action.label, '', action.run);
      choice.removeAttribute('id');
      choice.className = 'btn btn-sm btn-link reading-choice';
      message.append(' ', choice);
    }
  };
  const busy = document.createElement('span');
  busy.className = 'busy';
  busy.hidden = true;

  const badFile = (name: string, error: unknown) => {
    const answer = error instanceof TaskFailure ? error.answer : undefined;
    const reason = answer && 'fileProblem' in answer && answer.fileProblem ? strings.reasons[answer.fileProblem] : answer?.kind === 'failed' && answer.message ? `${answer.message}.` : strings.reasons.unreadable;
    toolbarMessage(fill(strings.badFile, { file: name, reason }), true);
  };

  /** An .xlsx opened whole as a new workbook of the list; the open one stays as it is. */
  const openAsWorkbook = async (file: File, files: XlsxFiles) => {
    try {
      commitTypedCell();
      await workbook.flushed(1500);
      const opened = openXlsxWorkbook(files, (parts) => o_spreadsheet.load(parts));
      const made = await workbooks.store(file.name.replace(/\.xlsx$/i, ''), inLocale(opened.data, language));
      await workbooks.goTo(made.id, { kind: 'opened', file: file.name, name: made.name, dropped: opened.droppedNames });
    } catch (error) {
      badFile(file.name, error);
    }
  };

  const open = async (file: File) => {
    const bytes = await file.arrayBuffer();
    if (/\.xlsx$/i.test(file.name) && checkXlsx(new Uint8Array(bytes)).ok) {
      let files: XlsxFiles | undefined;
      try {
        files = xlsxFiles(new Uint8Array(bytes));
      } catch {
        files = undefined;
      }
      const kind = files && xlsxKind(files);
      if (files && kind === 'workbook') return openAsWorkbook(file, files);
      if (files && kind === 'either') {
        const chosen = files;
        toolbarMessage(fill(strings.openAs.ask, { file: isolated(file.name) }), false, [
          { label: strings.openAs.asWorkbook, run: () => void openAsWorkbook(file, chosen) },
          { label: strings.openAs.asData, run: () => void addData(file, bytes) },
        ]);
        return;
      }
    }
    return addData(file, bytes);
  };

  /** A file's tables added to the open workbook as sheets of values (a CRM export, a CSV). */
  const addData = async (file: File, bytes: ArrayBuffer) => {
    let task: RunningTask<ImportedFile> | undefined;
    let cancelled = false;
    const busyLine = showBusy(busy, fill(strings.reading, { file: file.name }), strings.cancel, () => { cancelled = true; task?.cancel(); });
    try {
      task = runInWorker<ImportedFile>({ task: 'read', name: file.name, bytes: bytes.slice(0), language });
      const imported = await task.result;
      commitTypedCell();
      const adding = (cells: number, of: number) => busyLine.say(fill(strings.adding, { file: file.name, percent: Math.floor((100 * cells) / of).toLocaleString(language) }));
      const sheets = await workbook.addFileSheets(file.name, imported.tables, adding, () => cancelled);
      const { text, choices } = importMessage(file.name, imported, sheets, strings, language);
      const take = (choice: ReadingChoice) => {
        const { reading } = choice;
        const other = reading.other!;
        const kept = workbook.replaceColumn(choice.sheet, reading.column, imported.tables[sheets.indexOf(choice.sheet)].values.rows.map((row) => row[reading.column]), other.values, other.format);
        const now = fill(strings.opened.switched, { reading: readingText({ ...reading, reading: other.reading }, other.values, strings.opened, language) });
        toolbarMessage(kept > 0 ? `${now} ${fill(strings.opened.keptEdited, { count: kept.toLocaleString(language) })}` : now);
      };
      toolbarMessage(text, false, choices.map((choice) => ({ label: choice.label, run: () => take(choice) })));
    } catch (error) {
      const answer = error instanceof TaskFailure ? error.answer : undefined;
      if (answer?.kind === 'cancelled' || cancelled) toolbarMessage(strings.cancelled);
      else badFile(file.name, error);
    } finally {
      busyLine.done();
    }
  };
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.id = 'open-file';
  picker.accept = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  picker.addEventListener('change', () => { if (picker.files?.[0]) void open(picker.files[0]); picker.value = ''; });
  const openLabel = document.createElement('label');
  openLabel.className = 'file btn btn-sm btn-outline-primary mb-0';
  openLabel.append(strings.open, picker);

  const exportNow = async (valuesOnly: boolean) => {
    const task = workbook.exportXlsx(valuesOnly);
    const busyLine = showBusy(busy, strings.exporting, strings.cancel, () => task.cancel());
    try {
      // The workbook's name as it is now (another tab may have renamed it).
      const name = workbooks.list.get(workbooks.current.id)?.name ?? workbooks.current.name;
      download(await task.result, fileNameOf(name, valuesOnly ? strings.workbooks.valuesSuffix : ''));
    } catch (error) {
      if (error instanceof TaskFailure && error.answer.kind === 'cancelled') toolbarMessage(strings.cancelled);
      else toolbarMessage(fill(strings.exportFailed, { reason: (error as Error).message ?? String(error) }), true);
    } finally {
      busyLine.done();
    }
  };
  const exportButton = button(strings.export, 'export-xlsx', () => void exportNow(false));
  const exportValuesButton = button(strings.exportValues, 'export-values', () => void exportNow(true));
  exportValuesButton.title = strings.exportValuesHint;

  const switcher = document.createElement('select');
  switcher.id = 'language';
  switcher.setAttribute('aria-label', strings.language);
  for (const [code, name] of [['en', 'English'], ['fa', 'فارسی'], ['el', 'Ελληνικά']] as const) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = name;
    option.selected = code === language;
    switcher.append(option);
  }
  switcher.addEventListener('change', async () => {
    localStorage.setItem(LANGUAGE_KEY, switcher.value);
    // The engine keeps one description per function: a new language is a new page, once every edit is stored.
    workbook.flush();
    await workbook.flushed(1500);
    location.reload();
  });

  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = strings.title;
  const { button: workbooksButton, panel } = renderWorkbooksPanel(workbooks.list, {
    currentId: workbooks.current.id,
    goTo: (id, flash) => workbooks.goTo(id, flash),
    duplicate: async (id, name) => workbooks.store(name, await workbooks.dataOf(id)),
    create: (name) => workbooks.store(name, inLocale(emptyWorkbook(), language)),
    forgetDatabase: (database) => deleteDatabase(database),
    say: (text, problem, actions) => toolbarMessage(text, problem, actions),
    renamed: (name) => { document.title = `${name} · ${strings.title}`; },
  }, strings, language);
  toolbar.replaceChildren(brand, workbooksButton, openLabel, exportButton, exportValuesButton, switcher, busy, message, panel);

  // Drag and drop onto the grid opens the file as the picker does.
  const grid = document.getElementById('workbook')!;
  grid.addEventListener('dragover', (event) => { event.preventDefault(); grid.classList.add('drop-target'); grid.title = strings.dropHint; });
  grid.addEventListener('dragleave', () => grid.classList.remove('drop-target'));
  grid.addEventListener('drop', (event) => {
    event.preventDefault();
    grid.classList.remove('drop-target');
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });
  return { exportNow: () => void exportNow(false) };
}

/** The line under the toolbar that says the work is not kept, for as long as that is so, with Export .xlsx at hand. */
function renderSaveState(element: HTMLElement, state: SaveState, language: Language, exportNow: () => void): void {
  const strings = WORKBOOK_STRINGS[language];
  if (state.kind === 'kept') {
    element.hidden = true;
    element.replaceChildren();
    return;
  }
  const reason = state.kind === 'off' && state.why === 'unopened' ? '' : strings.storage[state.reason ?? 'failed'];
  // With no storage at all there is nothing stored to read: the work is simply not kept.
  const notKept = state.kind === 'failing' || state.reason === 'missing';
  const text = notKept ? fill(strings.notKept, { reason }) : state.why === 'unread' ? fill(strings.notRead, { reason }) : strings.notRestored;
  const line = document.createElement('span');
  line.textContent = text;
  line.dir = 'auto';
  element.replaceChildren(line, button(strings.export, 'export-unsaved', exportNow));
  element.hidden = false;
}

/** The workbook this page opens: the one its address names, else the last used; the address then names it, so a reload stays on it. */
function chosenWorkbook(list: WorkbookList): WorkbookEntry {
  const asked = new URLSearchParams(location.search).get('workbook');
  const named = asked ? list.get(asked) : undefined;
  const entry = named && named.deletedAt === undefined ? named : list.lastUsed();
  try {
    list.touch(entry.id);
  } catch {
    // A list that cannot be written still opens the workbook.
  }
  const url = new URL(location.href);
  url.searchParams.set('workbook', entry.id);
  history.replaceState(null, '', url);
  return entry;
}

/** What a workbook change left to say on this page (sessionStorage: this tab alone). */
function takeFlash(): Flash | undefined {
  try {
    const flash = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    return flash ? (JSON.parse(flash) as Flash) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const language = chosenLanguage();
  registerAll(o_spreadsheet, language);
  const templates = await (await fetch('vendor/o_spreadsheet.xml')).text();
  const strings = WORKBOOK_STRINGS[language];
  const list = new WorkbookList(localStorage, strings.workbooks.first);
  const current = chosenWorkbook(list);
  const saveState = document.getElementById('save-state')!;
  let toolbar: Toolbar | undefined;
  const workbook = new PageWorkbook({
    container: document.getElementById('workbook')!,
    templates,
    language,
    engine: o_spreadsheet,
    place: workbookPlace(current.id),
    mountApp: (model) => {
      const app = new owl.App(o_spreadsheet.Spreadsheet, {
        props: {
          model,
          notifyUser: (notification: { text: string }) => toolbarMessage(notification.text),
          raiseError: (text: string, callback?: () => void) => { toolbarMessage(text, true); callback?.(); },
          askConfirmation: (text: string, confirm: () => void, cancel?: () => void) => (window.confirm(text) ? confirm() : cancel?.()),
        },
        templates,
      });
      void app.mount(document.getElementById('workbook')!);
      return app;
    },
    events: {
      saveState: (state) => renderSaveState(saveState, state, language, () => toolbar?.exportNow()),
      damaged: (count) => toolbarMessage(fill(strings.damaged, { count: count.toLocaleString(language) }), true),
      recovered: (count) => toolbarMessage(fill(strings.recovered, { count: count.toLocaleString(language) })),
      localeSet: () => toolbarMessage(strings.localeSet),
    },
  });
  const workbooks: Workbooks = {
    list,
    current,
    goTo: async (id, flash) => {
      workbook.flush();
      await workbook.flushed(1500);
      if (flash) sessionStorage.setItem(FLASH_KEY, JSON.stringify(flash));
      const url = new URL(location.href);
      url.searchParams.set('workbook', id);
      location.assign(url);
    },
    store: async (name, data) => {
      const made = list.add(name);
      let store: WorkbookStore | undefined;
      try {
        store = new WorkbookStore(await openDatabase(undefined, workbookPlace(made.id).database));
        await store.create(data);
      } catch (error) {
        // Storage refused it: the entry goes (if the list lets it), and the page stays where it is.
        try {
          list.delete(made.id);
          list.forget(made.id);
        } catch {
          // The entry stays listed, its workbook empty; the storage's reason is what the user needs.
        }
        throw error;
      } finally {
        store?.close();
      }
      return made;
    },
    dataOf: async (id) => {
      if (id === current.id) {
        await workbook.flushed(1500);
        return workbook.model.exportData();
      }
      const store = new WorkbookStore(await openDatabase(undefined, workbookPlace(id).database));
      try {
        const stored = await store.read();
        if (!stored) return emptyWorkbook();
        return new o_spreadsheet.Model(stored.snapshot.data, {}, replayMessages(stored).messages).exportData();
      } finally {
        store.close();
      }
    },
  };
  toolbar = renderToolbar(document.getElementById('toolbar')!, workbook, language, workbooks);
  // A first visit opens the first workbook on the sample dashboard, with nothing else in it; a new one is blank.
  await workbook.open(() => {
    if (current.id !== FIRST_WORKBOOK) return { data: inLocale(emptyWorkbook(), language) };
    const { data, names } = addTemplate({ sheets: [], styles: {}, formats: {}, namedRanges: {} }, language);
    return { data: inLocale(data, language), activeSheet: names.dashboardSheet };
  });
  const flash = takeFlash();
  if (flash?.kind === 'opened') {
    const dropped = flash.dropped.length > 0 ? ` ${fill(strings.openAs.droppedNames, { names: flash.dropped.join(', ') })}` : '';
    toolbarMessage(`${fill(strings.openAs.opened, { file: isolated(flash.file), name: flash.name })}${dropped}`);
  } else if (flash?.kind === 'deleted') {
    toolbarMessage(fill(strings.workbooks.deleted, { name: flash.name }), false, [{
      label: strings.workbooks.undo,
      run: () => { list.restore(flash.id); void workbooks.goTo(flash.id); },
    }]);
  }
  // Leaving or hiding the page writes the journal at once; IndexedDB has, or is writing, the rest.
  addEventListener('pagehide', () => workbook.flush());
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') workbook.flush(); else void workbook.catchUp(); });
  renderPane(document, language, 'sheets', new WebWizardHost(workbook));
  document.title = `${current.name} · ${strings.title}`;
  (window as unknown as { salesKpi: unknown }).salesKpi = { workbook };
  setTimeout(prepareWorker, 1000);
}

void main();
