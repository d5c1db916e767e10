// The workbooks kept in this browser: each in a database of its own, listed (names, last used, deleted ones kept for a way back) in localStorage.

/** The workbook every page had before there were several: its database and channel keep their first names. */
export const FIRST_WORKBOOK = 'main';
const LIST_KEY = 'sales-kpi-workbooks';
/** The list format this page writes; a greater one was written by a newer version, and is left as it is. */
const LIST_FORMAT = 1;

export interface WorkbookEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly usedAt: number;
  /** When it was deleted: a deleted workbook keeps its database until it is deleted for good. */
  readonly deletedAt?: number;
}

interface StoredList {
  readonly format: number;
  readonly workbooks: readonly WorkbookEntry[];
}

/** The part of localStorage the list uses. */
export interface ListStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where a workbook lives: its database, the channel its tabs talk on, and what starts its tabs' ids. */
export interface WorkbookPlace {
  readonly id: string;
  readonly database: string;
  readonly channel: string;
  /** Tabs of the first workbook keep ids without a prefix, as before. */
  readonly tabPrefix: string;
}

export function workbookPlace(id: string): WorkbookPlace {
  if (id === FIRST_WORKBOOK) return { id, database: 'sales-kpi', channel: 'sales-kpi-workbook', tabPrefix: '' };
  return { id, database: `sales-kpi:${id}`, channel: `sales-kpi-workbook:${id}`, tabPrefix: `${id}~` };
}

/** Whether a tab's id (its journal's key) is one of this workbook's tabs. */
export function isTabOf(place: WorkbookPlace, tabId: string): boolean {
  return place.tabPrefix === '' ? !tabId.includes('~') : tabId.startsWith(place.tabPrefix);
}

/** The list could not be written (storage full or off): nothing in it changed. */
export class ListProblem extends Error {}

function newWorkbookId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID().slice(0, 8) : Math.random().toString(36).slice(2, 10);
  return `w${Date.now().toString(36)}${random}`;
}

/** A name not yet in `taken`: `name`, else `name (2)`, `name (3)`… */
export function freeName(name: string, taken: readonly string[]): string {
  const trimmed = name.trim() || 'Workbook';
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!lower.has(trimmed.toLocaleLowerCase())) return trimmed;
  for (let n = 2; ; n++) {
    const candidate = `${trimmed} (${n})`;
    if (!lower.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * The list of workbooks, read afresh for each change so that tabs never write over each other's changes
 * (localStorage is one synchronous store for every tab). The first workbook is listed even before
 * anything was written, under `firstName`.
 */
export class WorkbookList {
  constructor(private readonly storage: ListStorage, private readonly firstName: string, private readonly now: () => number = Date.now) {}

  private read(): StoredList {
    let parsed: Partial<StoredList> | null = null;
    try {
      parsed = JSON.parse(this.storage.getItem(LIST_KEY) ?? 'null') as Partial<StoredList> | null;
    } catch {
      parsed = null;
    }
    const workbooks = Array.isArray(parsed?.workbooks) ? parsed.workbooks.filter((w) => w && typeof w.id === 'string' && typeof w.name === 'string') : [];
    const format = typeof parsed?.format === 'number' ? parsed.format : LIST_FORMAT;
    if (!workbooks.some((w) => w.id === FIRST_WORKBOOK)) workbooks.unshift({ id: FIRST_WORKBOOK, name: this.firstName, createdAt: 0, usedAt: 0 });
    return { format, workbooks };
  }

  private write(change: (workbooks: WorkbookEntry[]) => WorkbookEntry[]): void {
    const list = this.read();
    if (list.format > LIST_FORMAT) throw new ListProblem('the list was written by a newer version');
    try {
      this.storage.setItem(LIST_KEY, JSON.stringify({ format: LIST_FORMAT, workbooks: change([...list.workbooks]) } satisfies StoredList));
    } catch (error) {
      throw new ListProblem(String((error as Error)?.message ?? error));
    }
  }

  /** Every workbook, the last used first; deleted ones after, the last deleted first. */
  all(): WorkbookEntry[] {
    const { workbooks } = this.read();
    const kept = workbooks.filter((w) => w.deletedAt === undefined).sort((a, b) => b.usedAt - a.usedAt);
    const deleted = workbooks.filter((w) => w.deletedAt !== undefined).sort((a, b) => b.deletedAt! - a.deletedAt!);
    return [...kept, ...deleted];
  }

  get(id: string): WorkbookEntry | undefined {
    return this.read().workbooks.find((w) => w.id === id);
  }

  /** The workbook a page opens without being told which: the last used one that is not deleted. */
  lastUsed(): WorkbookEntry {
    return this.all().find((w) => w.deletedAt === undefined) ?? this.get(FIRST_WORKBOOK)!;
  }

  /** Adds a workbook under a free name; its entry. */
  add(name: string): WorkbookEntry {
    const taken = this.read().workbooks.filter((w) => w.deletedAt === undefined).map((w) => w.name);
    const entry: WorkbookEntry = { id: newWorkbookId(), name: freeName(name, taken), createdAt: this.now(), usedAt: this.now() };
    this.write((workbooks) => [...workbooks, entry]);
    return entry;
  }

  /** Marks a workbook used now (the page opens on it next time). */
  touch(id: string): void {
    if (!this.get(id)) return;
    this.write((workbooks) => workbooks.map((w) => (w.id === id ? { ...w, usedAt: this.now() } : w)));
  }

  /** Renames a workbook (a name another workbook has gets a number); the name it got. */
  rename(id: string, name: string): string {
    const taken = this.read().workbooks.filter((w) => w.id !== id && w.deletedAt === undefined).map((w) => w.name);
    const given = freeName(name, taken);
    this.write((workbooks) => workbooks.map((w) => (w.id === id ? { ...w, name: given } : w)));
    return given;
  }

  /** Deletes a workbook with a way back: listed as deleted, its database kept. */
  delete(id: string): void {
    this.write((workbooks) => workbooks.map((w) => (w.id === id ? { ...w, deletedAt: this.now() } : w)));
  }

  /** Brings a deleted workbook back (under a free name, if another took its name meanwhile). */
  restore(id: string): void {
    const entry = this.get(id);
    if (!entry) return;
    const taken = this.read().workbooks.filter((w) => w.id !== id && w.deletedAt === undefined).map((w) => w.name);
    this.write((workbooks) => workbooks.map((w) => {
      if (w.id !== id) return w;
      const { deletedAt: _deleted, ...kept } = w;
      return { ...kept, name: freeName(entry.name, taken), usedAt: this.now() };
    }));
  }

  /** Takes a deleted workbook out of the list for good (its database is then deleted by the page). */
  forget(id: string): void {
    this.write((workbooks) => workbooks.filter((w) => w.id !== id || w.deletedAt === undefined));
  }
}

/** A workbook's name as a file name: what file systems forbid replaced, never empty. */
export function fileNameOf(name: string, suffix = ''): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[\s.]+|[\s.]+$/g, '') || 'sales-kpi';
  return `${safe}${suffix}.xlsx`;
}
