// The write-ahead journal: written when the pending revisions change, and a gone tab's revisions recovered without loss or doubling.
import { describe, expect, it } from 'vitest';
import { otherJournals, recoverJournal, RevisionJournal, JOURNAL_PREFIX } from '../../web-workbook/revision-journal';
import type { RevisionMessage } from '../../web-workbook/workbook-store';

class MemoryStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  full = false;
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full) throw new DOMException('full', 'QuotaExceededError'); this.writes++; this.items.set(k, v); }
  removeItem(k: string) { this.items.delete(k); }
}

const message = (id: string, base = 'r0', content = id): RevisionMessage => ({ type: 'REMOTE_REVISION', serverRevisionId: base, nextRevisionId: id, clientId: 'gone', commands: [{ type: 'UPDATE_CELL', content } as { type: string }] });

/** A store that holds `ids` and whose head is `head`, recording what is appended. */
function fakeStore(ids: string[], head: string) {
  const appended: { base: string; ids: string[] }[] = [];
  return {
    appended,
    stored: async (asked: readonly string[]) => new Set(asked.filter((id) => ids.includes(id))),
    appendChain: async (base: string, messages: readonly RevisionMessage[]) => {
      if (base !== head) return 'stale' as const;
      appended.push({ base, ids: messages.map((m) => m.nextRevisionId) });
      return { seq: ids.length + messages.length };
    },
  };
}

describe('RevisionJournal', () => {
  it('writes only when the pending revisions change, and removes itself when none is pending', () => {
    const storage = new MemoryStorage();
    const journal = new RevisionJournal(storage, 'tab-1');
    journal.record([message('r1')]);
    journal.record([message('r1')]);
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.getItem(`${JOURNAL_PREFIX}tab-1`)!)).toEqual([message('r1')]);
    journal.record([]);
    expect(storage.length).toBe(0);
  });

  it('marks itself unhealthy when localStorage is full, and lists other tabs\' journals', () => {
    const storage = new MemoryStorage();
    new RevisionJournal(storage, 'other').record([message('r9')]);
    storage.full = true;
    const journal = new RevisionJournal(storage, 'tab-1');
    journal.record([message('r1')]);
    expect(journal.healthy).toBe(false);
    expect([...otherJournals(storage, 'tab-1').entries()]).toEqual([['other', [message('r9')]]]);
  });
});

describe('recoverJournal', () => {
  it('appends a gone tab\'s revisions after the last of them already stored, each on the one before', async () => {
    const store = fakeStore(['r1'], 'r1');
    const result = await recoverJournal(store, [message('r1'), message('r2'), message('r3')]);
    expect(store.appended).toEqual([{ base: 'r1', ids: ['r2', 'r3'] }]);
    expect(result).toEqual({ stored: 2, commands: [], seq: 3 });
  });

  it('stores nothing twice', async () => {
    const store = fakeStore(['r1', 'r2'], 'r2');
    expect(await recoverJournal(store, [message('r1'), message('r2')])).toEqual({ stored: 0, commands: [] });
    expect(store.appended).toEqual([]);
  });

  it('gives the commands back to make again when another tab stored revisions since', async () => {
    const store = fakeStore([], 'someone-else');
    expect(await recoverJournal(store, [message('r1', 'r0', 'a'), message('r2', 'r0', 'b')])).toEqual({ stored: 0, commands: [{ type: 'UPDATE_CELL', content: 'a' }, { type: 'UPDATE_CELL', content: 'b' }] });
  });
});
