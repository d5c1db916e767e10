// The page's open workbook: one o-spreadsheet model whose every revision goes to IndexedDB as it is made, in step with the other tabs.
import type { Language } from '../core/translations';
import type { DataSheetValues } from '../ui/template/data-sheets';
import type { SampleCell } from '../ui/template/sample-data';
import type { Engine } from './engine';
import { fileSheet } from './file-import';
import { JOURNAL_PREFIX, otherJournals, readJournal, recoverJournal, RevisionJournal, TAB_LOCK_PREFIX, type Recovery } from './revision-journal';
import { ADD_SHEET, MAKE_AGAIN, sheetCommands, sheetCommandsPlugin, type EngineCommand } from './sheet-commands';
import { TabTransport, type TabChannel } from './tab-transport';
import type { WebModel, WorkbookHolder } from './wizard-host';
import { cellContent, type WorkbookData } from './workbook-data';
import { openDatabase, replayMessages, storageProblem, WorkbookStore, type RevisionMessage, type StorageProblem, type StorageReason, type StoredWorkbook } from './workbook-store';
import { runInWorker, TaskFailure, type RunningTask } from './worker-tasks';
import { isTabOf, workbookPlace, FIRST_WORKBOOK, type WorkbookPlace } from './workbook-list';
import { allLocales, localeToApply, type GridLocale } from './workbook-locales';
import { readingsOf, zipXlsx, type NamedRangeGetters, type XlsxParts } from './xlsx-export';
import type { FunnelGetters } from './xlsx-funnel';

export interface EngineModel extends WebModel {
  on(event: 'update', owner: unknown, callback: () => void): void;
  exportXLSX(): Promise<XlsxParts>;
  getters: WebModel['getters'] & NamedRangeGetters & FunnelGetters & { isFullySynchronized(): boolean };
}

interface Zone { left: number; right: number; top: number; bottom: number }

export interface PageEngine extends Engine {
  Model: new (data: WorkbookData, config: Record<string, unknown>, messages: readonly RevisionMessage[]) => EngineModel;
  Spreadsheet: unknown;
  UIPlugin: new (...args: never[]) => object;
  registries: Engine['registries'] & { featurePluginRegistry: { add(name: string, plugin: unknown): unknown; contains?(name: string): boolean } };
  helpers: { toZone(xc: string): Zone };
  /** o-spreadsheet's loader: an .xlsx's parts (its XLSX import) or any older data, as current data. */
  load(data: unknown): WorkbookData;
  /** The locales o-spreadsheet offers in its settings. */
  readonly DEFAULT_LOCALES?: readonly GridLocale[];
}

export interface OwlApp {
  mount(target: Element): Promise<unknown>;
  destroy(): void;
}

/** Whether what the user does is kept: in storage; not yet, while saving fails; or not at all, while a stored workbook could not be opened. */
export type SaveState =
  | { readonly kind: 'kept' }
  | { readonly kind: 'failing'; readonly reason: StorageReason; readonly detail: string }
  | { readonly kind: 'off'; readonly why: 'unread' | 'unopened'; readonly reason?: StorageReason; readonly detail?: string };

export interface PageEvents {
  saveState(state: SaveState): void;
  /** Entries of the log that could not be read, left out of the workbook. */
  damaged(count: number): void;
  /** Edits of a tab that was closed or reloaded before they reached storage, now stored. */
  recovered(count: number): void;
  /** The workbook was set to the page language's locale (its numbers, dates and argument separator). */
  localeSet?(locale: GridLocale): void;
}

export interface PageWorkbookOptions {
  readonly container: HTMLElement;
  readonly templates: string;
  readonly language: Language;
  readonly engine: PageEngine;
  readonly mountApp: (model: EngineModel) => OwlApp;
  readonly events: PageEvents;
  /** Which of the workbooks kept in this browser the page holds (the first one by default). */
  readonly place?: WorkbookPlace;
}

/** Tries to read the stored workbook at load: at once, then after these pauses. */
const READ_RETRY_MS = [300, 1000];
/** Revisions after which the log is folded into a new snapshot, in a worker. */
export const SNAPSHOT_EVERY = 300;
/** Cells of a file added in one step: about 0.2 s of the engine's work. */
export const FILE_STEP_CELLS = 5000;

const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined);

/** The revisions o-spreadsheet's session made and storage has not yet confirmed (the session's own list, as in o-spreadsheet 19.3). */
export function pendingRevisions(model: EngineModel): readonly RevisionMessage[] {
  return (model as unknown as { session?: { pendingMessages?: RevisionMessage[] } }).session?.pendingMessages ?? [];
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PageWorkbook implements WorkbookHolder {
  model!: EngineModel;
  state: SaveState = { kind: 'kept' };
  readonly tabId: string;
  readonly place: WorkbookPlace;
  private store?: WorkbookStore;
  private transport?: TabTransport;
  private app?: OwlApp;
  private readonly journal: RevisionJournal;
  private snapshotSeq = 0;
  private snapshotting = false;
  private readonly watched = new Set<string>();

  constructor(private readonly options: PageWorkbookOptions) {
    this.place = options.place ?? workbookPlace(FIRST_WORKBOOK);
    // A tab's id says whose journal it writes: a gone tab's revisions go back to its own workbook.
    this.tabId = this.place.tabPrefix + newId();
    this.journal = new RevisionJournal(localStorage, this.tabId);
    const registry = options.engine.registries.featurePluginRegistry;
    if (!registry.contains?.('salesKpiSheetCommands')) registry.add('salesKpiSheetCommands', sheetCommandsPlugin(options.engine.UIPlugin));
  }

  /**
   * Opens the stored workbook, or stores `sample()` on a first visit and opens it on the sheet it names;
   * a stored one that cannot be read or opened is never written over (the sample is shown instead).
   */
  async open(sample: () => { data: WorkbookData; activeSheet?: string }): Promise<void> {
    await this.holdTabLock();
    let problem: StorageProblem | undefined;
    let stored: StoredWorkbook | undefined;
    for (let attempt = 0; attempt <= READ_RETRY_MS.length; attempt++) {
      try {
        this.store ??= new WorkbookStore(await openDatabase(undefined, this.place.database));
        stored = await this.store.read();
        problem = undefined;
        break;
      } catch (error) {
        problem = storageProblem(error);
        this.store?.close();
        this.store = undefined;
        if (problem.reason === 'newer' || problem.reason === 'missing' || attempt === READ_RETRY_MS.length) break;
        await wait(READ_RETRY_MS[attempt]);
      }
    }
    if (problem || !this.store) {
      const { data, activeSheet } = sample();
      this.mountUnsaved(data, activeSheet, { kind: 'off', why: 'unread', reason: problem?.reason ?? 'failed', detail: problem?.detail });
      return;
    }
    const store = this.store;
    store.db.onversionchange = () => {
      store.close();
      this.setState({ kind: 'failing', reason: 'newer', detail: 'a newer version opened this storage' });
    };
    const again = await this.recoverGoneTabs();
    if (again.recovered) stored = await this.store.read().catch(() => stored);
    const first = stored ? undefined : sample();
    if (first) stored = await store.create(first.data).catch((error: unknown) => { problem = storageProblem(error); return undefined; });
    if (!stored) {
      this.mountUnsaved(first!.data, first!.activeSheet, { kind: 'failing', reason: problem!.reason, detail: problem!.detail });
      return;
    }
    try {
      this.mountStored(stored, first?.activeSheet);
    } catch {
      this.store.close();
      this.store = undefined;
      const { data, activeSheet } = sample();
      this.mountUnsaved(data, activeSheet, { kind: 'off', why: 'unopened' });
      return;
    }
    if (again.commands.length > 0) this.makeAgain(again.commands);
    this.watchOtherTabs();
  }

  /** The model's revision log in storage, from the snapshot on, as the page holds it. */
  private mountStored(stored: StoredWorkbook, activeSheet?: string): void {
    const { messages, damaged } = replayMessages(stored);
    this.snapshotSeq = stored.snapshot.seq;
    const channel = typeof BroadcastChannel === 'function' ? (new BroadcastChannel(this.place.channel) as unknown as TabChannel) : undefined;
    const transport = new TabTransport(this.store, channel, stored.head.seq, stored.head.generation, {
      saved: () => { if (this.state.kind === 'failing') this.setState({ kind: 'kept' }); this.maybeSnapshot(); },
      failed: (problem) => this.setState({ kind: 'failing', reason: problem.reason, detail: problem.detail }),
      reopen: () => void this.reopen(),
    });
    this.mount(stored.snapshot.data, messages, transport, activeSheet);
    if (damaged > 0) this.options.events.damaged(damaged);
  }

  /** A workbook kept in this page alone (its revisions echoed back, never stored): the stored one is left as it is. */
  private mountUnsaved(data: WorkbookData, activeSheet: string | undefined, state: SaveState): void {
    this.mount(data, [], new TabTransport(undefined, undefined, 0, 0, { saved: () => {}, failed: () => {}, reopen: () => {} }), activeSheet);
    this.setState(state);
  }

  private mount(data: WorkbookData, messages: readonly RevisionMessage[], transport: TabTransport, activeSheet?: string): void {
    const { engine, container } = this.options;
    let model: EngineModel;
    try {
      model = new engine.Model(data, {
        transportService: transport,
        client: { id: this.tabId, name: this.tabId.slice(0, 8) },
        external: { loadLocales: () => Promise.resolve(allLocales(engine.DEFAULT_LOCALES ?? [])) },
      }, messages);
    } catch (error) {
      transport.close();
      throw error;
    }
    this.transport?.close();
    this.app?.destroy();
    container.replaceChildren();
    this.transport = transport;
    this.model = model;
    if (activeSheet) {
      const to = model.getters.getSheetIdByName(activeSheet);
      if (to) model.dispatch('ACTIVATE_SHEET', { sheetIdFrom: model.getters.getActiveSheetId(), sheetIdTo: to });
    }
    // Written at once, before anything else can happen, so a reload or a closed tab loses nothing.
    model.on('update', this, () => { if (this.model === model) this.journal.record(pendingRevisions(model)); });
    // Numbers, dates and formulas as the page's language writes them, said in the toolbar (never silently).
    const locale = localeToApply((model.getters as unknown as { getLocale(): { code?: string } }).getLocale(), this.options.language);
    if (locale) {
      model.dispatch('UPDATE_LOCALE', { locale });
      const now = (model.getters as unknown as { getLocale(): { code?: string } }).getLocale();
      if (now.code === locale.code) this.options.events.localeSet?.(locale);
    }
    this.app = this.options.mountApp(model);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.events.saveState(state);
  }

  /** The stored workbook again, after another tab replaced it whole or this tab fell behind what storage keeps. */
  private async reopen(): Promise<void> {
    if (!this.store) return;
    const unsent = pendingRevisions(this.model).filter((m) => m.type === 'REMOTE_REVISION').flatMap((m) => m.commands ?? []);
    const sheet = this.model.getters.getSheetName(this.model.getters.getActiveSheetId());
    const stored = await this.store.read();
    if (!stored) return;
    this.mountStored(stored, sheet);
    if (unsent.length > 0) this.makeAgain(unsent);
  }

  /** Makes commands again as one new step (those of a tab gone before storing them, on top of what was stored since). */
  private makeAgain(commands: readonly { type: string }[]): void {
    this.model.dispatch(MAKE_AGAIN, { commands: commands as EngineCommand[] });
  }

  private holdTabLock(): Promise<void> {
    const manager = locks();
    if (!manager) return Promise.resolve();
    return new Promise((held) => {
      void manager.request(TAB_LOCK_PREFIX + this.tabId, () => {
        held();
        return new Promise(() => {});
      });
    });
  }

  /** Stores what tabs that are gone (reloaded, closed, crashed) left in their journals; commands that no longer fit on top are returned to make again. */
  private async recoverGoneTabs(): Promise<{ recovered: boolean; commands: { type: string }[] }> {
    const manager = locks();
    const found = { recovered: false, commands: [] as { type: string }[] };
    if (!manager || !this.store) return found;
    for (const tabId of otherJournals(localStorage, this.tabId).keys()) {
      if (!isTabOf(this.place, tabId)) continue;
      await manager.request(TAB_LOCK_PREFIX + tabId, { ifAvailable: true }, async (lock) => {
        if (!lock) return;
        const recovery = await this.recoverTab(tabId);
        found.recovered ||= recovery.stored > 0;
        found.commands.push(...recovery.commands);
      });
    }
    return found;
  }

  private async recoverTab(tabId: string): Promise<Recovery> {
    const messages = readJournal(localStorage, tabId);
    const recovery = await recoverJournal(this.store!, messages);
    localStorage.removeItem(JOURNAL_PREFIX + tabId);
    if (recovery.stored > 0) this.options.events.recovered(recovery.stored);
    return recovery;
  }

  /** Watches every other tab's journal: when that tab is gone with revisions not stored, this tab stores them. */
  private watchOtherTabs(): void {
    const manager = locks();
    if (!manager) return;
    const watch = (tabId: string) => {
      if (tabId === this.tabId || this.watched.has(tabId) || !isTabOf(this.place, tabId)) return;
      this.watched.add(tabId);
      void manager.request(TAB_LOCK_PREFIX + tabId, async () => {
        this.watched.delete(tabId);
        if (!this.store || readJournal(localStorage, tabId).length === 0) { localStorage.removeItem(JOURNAL_PREFIX + tabId); return; }
        const recovery = await this.recoverTab(tabId);
        await this.transport?.announce({ kind: 'stored' });
        if (recovery.commands.length > 0) this.makeAgain(recovery.commands);
      });
    };
    for (const tabId of otherJournals(localStorage, this.tabId).keys()) watch(tabId);
    window.addEventListener('storage', (event) => {
      if (event.key?.startsWith(JOURNAL_PREFIX) && event.newValue) watch(event.key.slice(JOURNAL_PREFIX.length));
    });
  }

  /** Resolves once every revision made so far is stored (or saving has failed for `timeout` ms). */
  async flushed(timeout = 2000): Promise<boolean> {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      await this.transport?.settled();
      if (this.model.getters.isFullySynchronized()) return true;
      await wait(10);
    }
    return false;
  }

  /** Reads what other tabs stored while this one slept. */
  catchUp(): Promise<void> {
    return this.transport?.catchUp() ?? Promise.resolve();
  }

  /** Writes the journal now (the page is being hidden or left); IndexedDB already has or is writing the rest. */
  flush(): void {
    this.journal.record(pendingRevisions(this.model));
  }

  /**
   * A file's values as a new sheet, by the model's commands, in a time that does not grow with the
   * workbook: one undoable step up to FILE_STEP_CELLS cells. A larger file (the engine takes about 40 µs a
   * cell) goes in steps of that many cells with the page free between them, `onProgress` told, and
   * `cancelled()` asked before each; a cancelled file's sheet is removed again.
   */
  async addFileSheet(fileName: string, values: DataSheetValues, onProgress: (cells: number, of: number) => void = () => {}, cancelled: () => boolean = () => false, sheetName?: string): Promise<string> {
    const getters = this.model.getters;
    const ids = getters.getSheetIds();
    const { data, sheet } = fileSheet(ids.map((id) => getters.getSheetName(id)), fileName, values, sheetName);
    let n = ids.length + 1;
    while (ids.includes(`file-${n}`)) n++;
    const sheetId = `file-${n}`;
    const commands = sheetCommands(data, sheet, sheetId, ids.length, this.options.engine.helpers.toZone);
    const cells = commands.filter((c) => c.type === 'UPDATE_CELL');
    const rest = commands.filter((c) => c.type !== 'UPDATE_CELL');
    const model = this.model;
    model.dispatch(ADD_SHEET, { commands: [...rest, ...cells.slice(0, FILE_STEP_CELLS)], activate: sheetId });
    for (let from = FILE_STEP_CELLS; from < cells.length; from += FILE_STEP_CELLS) {
      onProgress(from, cells.length);
      await wait(0);
      if (cancelled() || this.model !== model) {
        if (this.model === model) model.dispatch('DELETE_SHEET', { sheetId });
        throw new Error('cancelled');
      }
      model.dispatch(ADD_SHEET, { commands: cells.slice(from, from + FILE_STEP_CELLS) });
    }
    return sheet.name;
  }

  /**
   * A file's tables (every sheet of a workbook) as new sheets, in the file's order, by addFileSheet; the
   * sheets' names. Cancelling removes the sheets of this file already added.
   */
  async addFileSheets(fileName: string, tables: readonly { values: DataSheetValues; sheetName?: string }[], onProgress: (cells: number, of: number) => void = () => {}, cancelled: () => boolean = () => false): Promise<string[]> {
    const names: string[] = [];
    const total = tables.reduce((sum, table) => sum + table.values.rows.length * table.values.headers.length, 0);
    let done = 0;
    try {
      for (const table of tables) {
        const cells = table.values.rows.length * table.values.headers.length;
        names.push(await this.addFileSheet(fileName, table.values, (n) => onProgress(done + n, total), cancelled, tables.length > 1 ? table.sheetName : undefined));
        done += cells;
      }
    } catch (error) {
      const getters = this.model.getters;
      for (const name of names) {
        const sheetId = getters.getSheetIds().find((id) => getters.getSheetName(id) === name);
        if (sheetId) this.model.dispatch('DELETE_SHEET', { sheetId });
      }
      throw error;
    }
    return names;
  }

  /**
   * A column of a sheet opened from a file, read the other way (a decimal point for a comma, the month
   * first for the day): each cell still as the file opening wrote it becomes `values`' cell, as one
   * undoable step; a cell changed since is left as it is. How many were left.
   */
  replaceColumn(sheetName: string, column: number, written: readonly SampleCell[], values: readonly SampleCell[], format?: string): number {
    const getters = this.model.getters as unknown as {
      getSheetIds(): string[];
      getSheetName(id: string): string;
      getCell(position: { sheetId: string; col: number; row: number }): { content?: string } | undefined;
    };
    const sheetId = getters.getSheetIds().find((id) => getters.getSheetName(id) === sheetName);
    if (!sheetId) return values.length;
    const commands: EngineCommand[] = [];
    let kept = 0;
    values.forEach((value, r) => {
      const now = getters.getCell({ sheetId, col: column, row: r + 1 })?.content ?? '';
      if (now !== (cellContent(written[r]) ?? '')) {
        kept++;
        return;
      }
      commands.push({ type: 'UPDATE_CELL', sheetId, col: column, row: r + 1, content: cellContent(value) ?? '' });
    });
    const zone = { left: column, right: column, top: 1, bottom: Math.max(1, values.length) };
    commands.push({ type: 'SET_FORMATTING', sheetId, target: [zone], format: format ?? '' });
    this.model.dispatch(ADD_SHEET, { commands });
    return kept;
  }

  /** Replaces the workbook whole with what `build` makes of it (the template inserted again); every tab reopens it. */
  async replace(build: (current: WorkbookData) => { data: WorkbookData; activeSheet?: string }): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const synced = await this.flushed();
      const current = this.model.exportData();
      const { data, activeSheet } = build(current);
      if (!this.store || !synced) {
        if (this.store) throw new Error('the workbook is not saved yet');
        this.mountUnsaved(data, activeSheet, this.state);
        return;
      }
      const head = await this.store.replace(String(current.revisionId), data);
      if (head === 'stale') {
        await this.transport?.catchUp();
        continue;
      }
      const stored = await this.store.read();
      await this.transport?.announce({ kind: 'replaced', generation: head.generation });
      this.mountStored(stored!, activeSheet);
      return;
    }
    throw new Error('other tabs kept changing the workbook');
  }

  /**
   * The .xlsx of the workbook: built in a worker from storage when every edit is stored, else here from the
   * open model. `valuesOnly`: the copy for readers without the add-in.
   */
  exportXlsx(valuesOnly = false): RunningTask<Uint8Array> {
    let running: RunningTask<Uint8Array> | undefined;
    let cancelled = false;
    const result = (async () => {
      if (this.store && this.state.kind === 'kept' && (await this.flushed(1000))) {
        if (cancelled) throw new TaskFailure({ kind: 'cancelled' });
        running = runInWorker<Uint8Array>({ task: 'export', language: this.options.language, database: this.place.database, valuesOnly });
        return running.result;
      }
      return zipXlsx(await this.model.exportXLSX(), readingsOf(this.model.getters, valuesOnly));
    })();
    return { result, cancel: () => { cancelled = true; running?.cancel(); } };
  }

  /** Folds the log into a new snapshot in a worker, one tab at a time, once it has grown by SNAPSHOT_EVERY revisions. */
  private maybeSnapshot(): void {
    if (this.snapshotting || !this.transport || this.transport.lastSeq - this.snapshotSeq < SNAPSHOT_EVERY) return;
    void this.snapshotNow();
  }

  async snapshotNow(): Promise<boolean> {
    const manager = locks();
    if (this.snapshotting || !this.store) return false;
    this.snapshotting = true;
    const fold = async () => {
      const { seq } = await runInWorker<{ folded: boolean; seq: number }>({ task: 'snapshot', language: this.options.language, database: this.place.database }).result;
      this.snapshotSeq = Math.max(this.snapshotSeq, seq);
      return true;
    };
    try {
      return manager ? await manager.request('sales-kpi-snapshot', { ifAvailable: true }, (lock) => (lock ? fold() : false)) : await fold();
    } catch {
      return false;
    } finally {
      this.snapshotting = false;
    }
  }
}
