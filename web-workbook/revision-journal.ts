// The write-ahead journal: each tab's revisions not yet in IndexedDB, written synchronously to localStorage so a reload or a closed tab loses none.
import type { RevisionMessage, WorkbookStore } from './workbook-store';

export const JOURNAL_PREFIX = 'sales-kpi-journal:';
/** The Web Lock a tab holds while it lives; a journal whose lock is free belongs to a tab that is gone. */
export const TAB_LOCK_PREFIX = 'sales-kpi-tab:';

/** The part of localStorage the journal uses. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** One tab's journal: the revisions its session made that storage has not confirmed, in the order made. */
export class RevisionJournal {
  private written = '';
  /** False once localStorage refused a write (full): IndexedDB alone then keeps the revisions. */
  healthy = true;

  constructor(private readonly storage: JournalStorage, readonly tabId: string) {}

  get key(): string {
    return JOURNAL_PREFIX + this.tabId;
  }

  /** Writes the pending revisions when they changed; nothing pending removes the journal. */
  record(pending: readonly RevisionMessage[]): void {
    const ids = pending.map((m) => m.nextRevisionId).join(' ');
    if (ids === this.written) return;
    try {
      if (pending.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(pending));
      this.written = ids;
      this.healthy = true;
    } catch {
      this.healthy = false;
    }
  }
}

/** Every journal in storage but `ownTabId`'s: tab id → its revisions (unreadable text is an empty list). */
export function otherJournals(storage: JournalStorage, ownTabId?: string): Map<string, RevisionMessage[]> {
  const found = new Map<string, RevisionMessage[]>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(JOURNAL_PREFIX)) continue;
    const tabId = key.slice(JOURNAL_PREFIX.length);
    if (tabId === ownTabId) continue;
    found.set(tabId, readJournal(storage, tabId));
  }
  return found;
}

export function readJournal(storage: JournalStorage, tabId: string): RevisionMessage[] {
  try {
    const parsed = JSON.parse(storage.getItem(JOURNAL_PREFIX + tabId) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((m): m is RevisionMessage => Boolean(m) && typeof m.nextRevisionId === 'string' && typeof m.type === 'string') : [];
  } catch {
    return [];
  }
}

/** What recovering a gone tab's journal did: revisions stored as they were, and commands still to be made again as new edits. */
export interface Recovery {
  readonly stored: number;
  readonly commands: readonly { readonly type: string }[];
  readonly seq?: number;
}

/**
 * Puts a gone tab's unconfirmed revisions into storage. Those already there are skipped; the rest follow
 * one another from the last one stored (or the first one's base). When nothing else was stored since,
 * they are appended as they were; otherwise their commands are returned, to be made again on top of what
 * was stored (so they are kept, not dropped).
 */
export async function recoverJournal(store: Pick<WorkbookStore, 'stored' | 'appendChain'>, messages: readonly RevisionMessage[]): Promise<Recovery> {
  if (messages.length === 0) return { stored: 0, commands: [] };
  const already = await store.stored(messages.map((m) => m.nextRevisionId));
  let base = messages[0].serverRevisionId;
  const rest: RevisionMessage[] = [];
  for (const message of messages) {
    if (already.has(message.nextRevisionId)) {
      base = message.nextRevisionId;
      rest.length = 0;
    } else rest.push(message);
  }
  if (rest.length === 0) return { stored: 0, commands: [] };
  const appended = await store.appendChain(base, rest);
  if (appended !== 'stale') return { stored: rest.length, commands: [], seq: appended.seq };
  return { stored: 0, commands: rest.filter((m) => m.type === 'REMOTE_REVISION').flatMap((m) => m.commands ?? []) };
}
