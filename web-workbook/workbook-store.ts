// The workbook in IndexedDB: a snapshot and the log of revisions made since it, ordered across tabs by IndexedDB's transactions.
import type { WorkbookData } from './workbook-data';

export const DATABASE = 'sales-kpi';
/** Version 1 kept the whole workbook under 'current' in 'workbooks'; version 2 keeps a snapshot and a log. */
export const DATABASE_VERSION = 2;
/** The record format this page writes and reads; a greater one was written by a newer version. */
export const RECORD_FORMAT = 1;

const LEGACY = 'workbooks';
const META = 'meta';
const SNAPSHOTS = 'snapshots';
const LOG = 'log';
const KEY = 'current';
/** o-spreadsheet's revision id of a workbook no revision has touched. */
export const START_REVISION = 'START_REVISION';

/** A revision as o-spreadsheet's session sends it (REMOTE_REVISION, REVISION_UNDONE or REVISION_REDONE). */
export interface RevisionMessage {
  readonly type: string;
  readonly version?: number;
  readonly serverRevisionId: string;
  readonly nextRevisionId: string;
  readonly clientId?: string;
  readonly commands?: readonly { readonly type: string }[];
  readonly [key: string]: unknown;
}

/** The newest revision stored, and its place in the log. */
export interface Head {
  readonly format: number;
  readonly seq: number;
  readonly revisionId: string;
  /** Grows when the workbook is replaced whole, so every tab knows to reopen it. */
  readonly generation: number;
}

export interface Snapshot {
  readonly format: number;
  /** The last log entry the snapshot includes. */
  readonly seq: number;
  /** o-spreadsheet's data, its revisionId that of the revision at `seq`. */
  readonly data: WorkbookData;
}

export interface LogEntry {
  readonly seq: number;
  readonly id: string;
  readonly message: RevisionMessage;
}

export interface StoredWorkbook {
  readonly head: Head;
  readonly snapshot: Snapshot;
  /** Every entry after the snapshot, in order. */
  readonly entries: readonly unknown[];
}

export type StorageReason = 'quota' | 'missing' | 'newer' | 'failed';

/** Why the browser's storage did not do what was asked, in words a page can translate. */
export class StorageProblem extends Error {
  constructor(readonly reason: StorageReason, readonly detail: string) {
    super(detail || reason);
  }
}

/** Any failure of IndexedDB as a StorageProblem: a full disk, no storage at all, a newer version's data, or anything else. */
export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const detail = String((error as { message?: string } | null)?.message ?? error ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return new StorageProblem('quota', detail);
  if (name === 'VersionError') return new StorageProblem('newer', detail);
  if (name === 'SecurityError' || name === 'InvalidAccessError') return new StorageProblem('missing', detail);
  return new StorageProblem('failed', detail || name);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

/** Creates the version 2 stores, carrying a version 1 workbook over as the first snapshot (the old record is kept). */
function upgrade(db: IDBDatabase, transaction: IDBTransaction, oldVersion: number): void {
  db.createObjectStore(META);
  db.createObjectStore(SNAPSHOTS);
  db.createObjectStore(LOG, { keyPath: 'seq' }).createIndex('id', 'id', { unique: true });
  if (oldVersion < 1 || !db.objectStoreNames.contains(LEGACY)) return;
  const old = transaction.objectStore(LEGACY).get(KEY);
  old.onsuccess = () => {
    const data = old.result as WorkbookData | undefined;
    if (!data) return;
    const revisionId = typeof data.revisionId === 'string' ? data.revisionId : START_REVISION;
    transaction.objectStore(SNAPSHOTS).put({ format: RECORD_FORMAT, seq: 0, data: { ...data, revisionId } } satisfies Snapshot, KEY);
    transaction.objectStore(META).put({ format: RECORD_FORMAT, seq: 0, revisionId, generation: 0 } satisfies Head, KEY);
  };
}

/**
 * Opens a workbook's database (the first workbook's by default), creating or upgrading it; a newer
 * version's database or no IndexedDB at all is a StorageProblem.
 */
export function openDatabase(factory: IDBFactory | undefined = globalThis.indexedDB, name = DATABASE): Promise<IDBDatabase> {
  if (!factory || typeof factory.open !== 'function') return Promise.reject(new StorageProblem('missing', 'IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(name, DATABASE_VERSION);
    } catch (error) {
      reject(storageProblem(error));
      return;
    }
    open.onupgradeneeded = (event) => upgrade(open.result, open.transaction!, event.oldVersion);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(storageProblem(open.error));
    open.onblocked = () => reject(new StorageProblem('failed', 'another tab holds an older version of the storage open'));
  });
}

/** Deletes a workbook's database for good (a workbook deleted from the list and then for good). */
export function deleteDatabase(name: string, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!factory) return Promise.reject(new StorageProblem('missing', 'IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const deleting = factory.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(storageProblem(deleting.error));
  });
}

export type Appended = { readonly seq: number } | 'stale';

/** The workbook's records in one database: reads, appends checked against the head, snapshots. */
export class WorkbookStore {
  constructor(readonly db: IDBDatabase) {}

  private checkFormat(record: { format?: number } | undefined): void {
    if (record && typeof record.format === 'number' && record.format > RECORD_FORMAT) throw new StorageProblem('newer', `records of format ${record.format}`);
  }

  /** The snapshot and every entry after it, or undefined when nothing was ever stored. */
  async read(): Promise<StoredWorkbook | undefined> {
    const transaction = this.db.transaction([META, SNAPSHOTS, LOG], 'readonly');
    const [head, snapshot] = await Promise.all([
      request(transaction.objectStore(META).get(KEY)) as Promise<Head | undefined>,
      request(transaction.objectStore(SNAPSHOTS).get(KEY)) as Promise<Snapshot | undefined>,
    ]);
    if (!head || !snapshot) return undefined;
    this.checkFormat(head);
    this.checkFormat(snapshot);
    const entries = await request(transaction.objectStore(LOG).getAll(IDBKeyRange.lowerBound(snapshot.seq, true)));
    return { head, snapshot, entries };
  }

  /** Stores `data` as the first snapshot unless another tab stored one first; the workbook stored either way. */
  async create(data: WorkbookData): Promise<StoredWorkbook> {
    const transaction = this.db.transaction([META, SNAPSHOTS], 'readwrite');
    const existing = await request(transaction.objectStore(META).get(KEY));
    if (!existing) {
      const revisionId = typeof data.revisionId === 'string' ? data.revisionId : START_REVISION;
      transaction.objectStore(SNAPSHOTS).put({ format: RECORD_FORMAT, seq: 0, data: { ...data, revisionId } } satisfies Snapshot, KEY);
      transaction.objectStore(META).put({ format: RECORD_FORMAT, seq: 0, revisionId, generation: 0 } satisfies Head, KEY);
    }
    await done(transaction).catch((error) => { throw storageProblem(error); });
    return (await this.read())!;
  }

  /**
   * Appends revisions that follow one another, the first based on `base`, only if `base` is still the
   * newest stored revision (as o-spreadsheet's server accepts a revision); 'stale' when another tab's came
   * first. With `expected`, the head the caller last saw, the writes go out with the head's read in one
   * step and the transaction is aborted if the head moved: the page waits on the main thread once, not twice.
   */
  async appendChain(base: string, messages: readonly RevisionMessage[], expected?: { seq: number; generation: number }): Promise<Appended> {
    const transaction = this.db.transaction([META, LOG], 'readwrite');
    const meta = transaction.objectStore(META);
    let stale = false;
    const write = (head: Head) => {
      let seq = head.seq;
      let previous = base;
      for (const message of messages) {
        seq += 1;
        transaction.objectStore(LOG).add({ seq, id: message.nextRevisionId, message: { ...message, serverRevisionId: previous } } satisfies LogEntry);
        previous = message.nextRevisionId;
      }
      meta.put({ ...head, format: RECORD_FORMAT, seq, revisionId: previous } satisfies Head, KEY);
      return seq;
    };
    const isHead = (head: Head | undefined) => head !== undefined && head.revisionId === base && (!expected || (head.seq === expected.seq && head.generation === expected.generation));
    let seq: number;
    if (expected) {
      const read = meta.get(KEY);
      read.onsuccess = () => {
        if (!isHead(read.result as Head | undefined)) { stale = true; transaction.abort(); }
      };
      seq = write({ format: RECORD_FORMAT, seq: expected.seq, revisionId: base, generation: expected.generation });
    } else {
      const head = await request(meta.get(KEY)) as Head | undefined;
      if (!isHead(head)) {
        transaction.abort();
        await done(transaction).catch(() => undefined);
        return 'stale';
      }
      seq = write(head!);
    }
    try {
      await done(transaction);
    } catch (error) {
      if (stale) return 'stale';
      throw storageProblem(error);
    }
    return { seq };
  }

  append(message: RevisionMessage, expected?: { seq: number; generation: number }): Promise<Appended> {
    return this.appendChain(message.serverRevisionId, [message], expected);
  }

  /**
   * The entries after `seq`, and whether some of them were folded into a snapshot already (the log no
   * longer starts right after `seq`). The snapshot itself is not read: it may be the size of the workbook.
   */
  async entriesAfter(seq: number): Promise<{ entries: readonly LogEntry[]; folded: boolean; head: Head | undefined }> {
    const transaction = this.db.transaction([META, LOG], 'readonly');
    const [head, entries] = await Promise.all([
      request(transaction.objectStore(META).get(KEY)) as Promise<Head | undefined>,
      request(transaction.objectStore(LOG).getAll(IDBKeyRange.lowerBound(seq, true))) as Promise<LogEntry[]>,
    ]);
    const folded = head !== undefined && head.seq > seq && entries[0]?.seq !== seq + 1;
    return { entries, folded, head };
  }

  /** Which of these revision ids are in the log. */
  async stored(ids: readonly string[]): Promise<Set<string>> {
    const index = this.db.transaction(LOG, 'readonly').objectStore(LOG).index('id');
    const found = await Promise.all(ids.map((id) => request(index.getKey(id))));
    return new Set(ids.filter((_, i) => found[i] !== undefined));
  }

  /** Replaces the snapshot with one that includes the log up to `seq`, and drops those entries; false if a newer snapshot is there. */
  async compact(data: WorkbookData, seq: number): Promise<boolean> {
    const transaction = this.db.transaction([SNAPSHOTS, LOG], 'readwrite');
    const current = await request(transaction.objectStore(SNAPSHOTS).get(KEY)) as Snapshot | undefined;
    if (current && current.seq >= seq) {
      transaction.abort();
      await done(transaction).catch(() => undefined);
      return false;
    }
    transaction.objectStore(SNAPSHOTS).put({ format: RECORD_FORMAT, seq, data } satisfies Snapshot, KEY);
    transaction.objectStore(LOG).delete(IDBKeyRange.upperBound(seq));
    await done(transaction).catch((error) => { throw storageProblem(error); });
    return true;
  }

  /**
   * Replaces the workbook whole with `data` (the template inserted again), only if `base` is still the
   * newest revision; every tab reopens it. The log before it is folded away, as `compact` does.
   */
  async replace(base: string, data: WorkbookData): Promise<Head | 'stale'> {
    const transaction = this.db.transaction([META, SNAPSHOTS, LOG], 'readwrite');
    const head = await request(transaction.objectStore(META).get(KEY)) as Head | undefined;
    if (!head || head.revisionId !== base) {
      transaction.abort();
      await done(transaction).catch(() => undefined);
      return 'stale';
    }
    // A new id, so no tab appends a revision made before the replacement on top of it.
    const revisionId = `replaced-${head.generation + 1}-${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    const next: Head = { format: RECORD_FORMAT, seq: head.seq, revisionId, generation: head.generation + 1 };
    transaction.objectStore(SNAPSHOTS).put({ format: RECORD_FORMAT, seq: head.seq, data: { ...data, revisionId } } satisfies Snapshot, KEY);
    transaction.objectStore(LOG).delete(IDBKeyRange.upperBound(head.seq));
    transaction.objectStore(META).put(next, KEY);
    await done(transaction).catch((error) => { throw storageProblem(error); });
    return next;
  }

  close(): void {
    this.db.close();
  }
}

const REVISION_TYPES = new Set(['REMOTE_REVISION', 'REVISION_UNDONE', 'REVISION_REDONE']);

/** Whether a stored log entry can be replayed: a revision message whose ids and commands are there. */
export function isReadableEntry(entry: unknown): entry is LogEntry {
  const e = entry as Partial<LogEntry> | null;
  if (!e || typeof e !== 'object' || typeof e.seq !== 'number' || typeof e.id !== 'string') return false;
  const m = e.message as Partial<RevisionMessage> | undefined;
  if (!m || typeof m !== 'object' || !REVISION_TYPES.has(m.type as string) || m.nextRevisionId !== e.id || typeof m.serverRevisionId !== 'string') return false;
  if (m.type === 'REMOTE_REVISION') return Array.isArray(m.commands) && m.commands.every((c) => c && typeof c === 'object' && typeof c.type === 'string');
  return typeof (m.undoneRevisionId ?? m.redoneRevisionId) === 'string';
}

/**
 * The messages o-spreadsheet replays to rebuild the workbook from its snapshot: each entry based on the
 * one before it. A damaged entry is replayed as an empty revision under its id (or the head's, for the
 * last), so it alone is lost and the ones after it still follow; `damaged` counts them.
 */
export function replayMessages(stored: StoredWorkbook): { messages: RevisionMessage[]; damaged: number; lastSeq: number } {
  const messages: RevisionMessage[] = [];
  let previous = typeof stored.snapshot.data.revisionId === 'string' ? stored.snapshot.data.revisionId : START_REVISION;
  let damaged = 0;
  stored.entries.forEach((entry, i) => {
    const last = i === stored.entries.length - 1;
    if (isReadableEntry(entry)) {
      messages.push({ ...entry.message, serverRevisionId: previous });
      previous = entry.id;
      return;
    }
    damaged += 1;
    const id = last ? stored.head.revisionId : typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `damaged-${i}-${previous}`;
    messages.push({ type: 'REMOTE_REVISION', version: 1, clientId: 'damaged', commands: [], serverRevisionId: previous, nextRevisionId: id });
    previous = id;
  });
  return { messages, damaged, lastSeq: stored.head.seq };
}
