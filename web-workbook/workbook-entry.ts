// Entry of dist/web/workbook.js: the workbook on o-spreadsheet, our functions in it, the Sales KPI pane beside it, kept in this browser.
import { languageOf, LANGUAGES, type Language } from '../core/translations';
import { renderPane } from '../ui/pane';
import { fill } from '../ui/wizard/wizard-strings';
import { registerAll } from './custom-functions';
import type { Engine } from './engine';
import { addFileSheet, FileProblem, readFileValues } from './file-import';
import { loadWorkbook, saveWorkbook } from './storage';
import { addTemplate, type WorkbookData } from './workbook-data';
import { WORKBOOK_STRINGS } from './workbook-strings';
import { WebWizardHost, type WebModel, type WorkbookHolder } from './wizard-host';
import { zipXlsx, type XlsxParts } from './xlsx-export';

interface EngineModel extends WebModel {
  on(event: 'update', owner: unknown, callback: () => void): void;
  exportXLSX(): Promise<XlsxParts>;
}

declare const o_spreadsheet: Engine & {
  Model: new (data?: WorkbookData) => EngineModel;
  Spreadsheet: unknown;
};
declare const owl: {
  App: new (root: unknown, config: { props: Record<string, unknown>; templates: string }) => { mount(target: Element): Promise<unknown>; destroy(): void };
};

const LANGUAGE_KEY = 'sales-kpi-language';

/** The language chosen with the switch, else the browser's. */
function chosenLanguage(): Language {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  return chosen && (LANGUAGES as readonly string[]).includes(chosen) ? (chosen as Language) : languageOf(navigator.language);
}

/** The workbook on the page: one o-spreadsheet model, mounted in the grid, replaced whole when a batch of data comes in. */
class PageWorkbook implements WorkbookHolder {
  model!: EngineModel;
  /** Off when the saved workbook could not be opened, so nothing is ever saved over it. */
  saving = true;
  private app?: { destroy(): void };
  private saveTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly container: HTMLElement, private readonly templates: string, private readonly onSaved: (error?: unknown) => void) {}

  load(data: WorkbookData, activeSheet?: string): void {
    this.app?.destroy();
    this.container.replaceChildren();
    this.model = new o_spreadsheet.Model(data);
    if (activeSheet) {
      const to = this.model.getters.getSheetIdByName(activeSheet);
      if (to) this.model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: this.model.getters.getActiveSheetId(), sheetIdTo: to });
    }
    this.model.on('update', this, () => this.saveSoon());
    const app = new owl.App(o_spreadsheet.Spreadsheet, {
      props: {
        model: this.model,
        notifyUser: (notification: { text: string }) => toolbarMessage(notification.text),
        raiseError: (text: string, callback?: () => void) => { toolbarMessage(text, true); callback?.(); },
        askConfirmation: (text: string, confirm: () => void, cancel?: () => void) => (window.confirm(text) ? confirm() : cancel?.()),
      },
      templates: this.templates,
    });
    this.app = app;
    void app.mount(this.container);
    this.saveSoon(0);
  }

  /** Saves a moment after the last change, so typing a column of values is one write. */
  private saveSoon(delay = 400): void {
    if (!this.saving) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      saveWorkbook(this.model.exportData()).then(() => this.onSaved(), (error: unknown) => this.onSaved(error));
    }, delay);
  }
}

let toolbarMessage: (text: string, problem?: boolean) => void = () => {};

function button(label: string, id: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.id = id;
  element.textContent = label;
  element.className = 'btn btn-sm btn-outline-primary';
  element.addEventListener('click', onClick);
  return element;
}

function renderToolbar(toolbar: HTMLElement, workbook: PageWorkbook, language: Language): void {
  const strings = WORKBOOK_STRINGS[language];
  const message = document.createElement('span');
  message.className = 'message';
  message.setAttribute('role', 'status');
  message.dir = 'auto';
  toolbarMessage = (text, problem = false) => {
    message.textContent = text;
    message.classList.toggle('problem', problem);
  };

  const open = async (file: File) => {
    try {
      const values = await readFileValues(file.name, await file.arrayBuffer());
      const { data, sheet } = addFileSheet(workbook.model.exportData(), file.name, values);
      workbook.load(data, sheet);
      toolbarMessage(fill(strings.imported, { file: file.name, rows: String(values.rows.length), sheet }));
    } catch (error) {
      const reason = error instanceof FileProblem ? strings.reasons[error.reason] : strings.reasons.unreadable;
      toolbarMessage(fill(strings.badFile, { file: file.name, reason }), true);
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

  const exportButton = button(strings.export, 'export-xlsx', async () => {
    try {
      const bytes = zipXlsx(await workbook.model.exportXLSX());
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      link.download = 'sales-kpi.xlsx';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      toolbarMessage(fill(strings.exportFailed, { reason: (error as Error).message ?? String(error) }), true);
    }
  });

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
  switcher.addEventListener('change', () => {
    localStorage.setItem(LANGUAGE_KEY, switcher.value);
    // The engine keeps one description per function: a new language is a new page.
    location.reload();
  });

  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = strings.title;
  toolbar.replaceChildren(brand, openLabel, exportButton, switcher, message);

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
}

async function main(): Promise<void> {
  const language = chosenLanguage();
  registerAll(o_spreadsheet, language);
  const templates = await (await fetch('vendor/o_spreadsheet.xml')).text();
  const strings = WORKBOOK_STRINGS[language];
  const workbook = new PageWorkbook(document.getElementById('workbook')!, templates, (error) => {
    if (error) toolbarMessage(fill(strings.notSaved, { reason: (error as Error).message ?? String(error) }), true);
  });
  renderToolbar(document.getElementById('toolbar')!, workbook, language);
  const saved = await loadWorkbook().catch(() => undefined);
  let restored = false;
  if (saved) {
    try {
      workbook.load(saved);
      restored = true;
    } catch {
      // Kept in storage as it is: the sample below is shown, and never saved over it.
      workbook.saving = false;
    }
  }
  if (!restored) {
    // A first visit opens on the sample dashboard, with nothing else in the workbook.
    const { data, names } = addTemplate({ sheets: [], styles: {}, formats: {}, namedRanges: {} }, language);
    workbook.load(data, names.dashboardSheet);
    if (!workbook.saving) toolbarMessage(strings.notRestored, true);
  }
  renderPane(document, language, 'sheets', new WebWizardHost(workbook));
  document.title = strings.title;
  (window as unknown as { salesKpi: unknown }).salesKpi = { workbook };
}

void main();
