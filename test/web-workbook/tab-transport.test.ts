// The tabs' transport: a revision is acknowledged once stored, a refused one waits for the other tab's, failures retry, delivery follows storage order.
import { describe, expect, it } from 'vitest';
import { TabTransport, type RevisionKeeper, type TabChannel, type TabNews } from '../../web-workbook/tab-transport';
import type { LogEntry, RevisionMessage, StorageProblem } from '../../web-workbook/workbook-store';

const revision = (id: string, base: string): RevisionMessage => ({ type: 'REMOTE_REVISION', serverRevisionId: base, nextRevisionId: id, commands: [] });

/** IndexedDB's part, in memory: a log that accepts a revision only on top of its head. */
class MemoryKeeper implements RevisionKeeper {
  readonly log: LogEntry[] = [];
  failures = 0;
  get head(): string { return this.log.at(-1)?.id ?? 'START'; }
  async append(message: RevisionMessage) {
    if (this.failures > 0) { this.failures--; throw new DOMException('full', 'QuotaExceededError'); }
    if (message.serverRevisionId !== this.head) return 'stale' as const;
    this.log.push({ seq: this.log.length + 1, id: message.nextRevisionId, message });
    return { seq: this.log.length };
  }
  async entriesAfter(seq: number) { return { entries: this.log.filter((e) => e.seq > seq), folded: false, head: { generation: 0 } }; }
}

/** Tabs joined by one in-memory broadcast, as BroadcastChannel joins them (never to the sender). */
function channels(): () => TabChannel {
  const all: TabChannel[] = [];
  return () => {
    const channel: TabChannel = {
      onmessage: null,
      postMessage: (news: TabNews) => { for (const other of all) if (other !== channel) queueMicrotask(() => other.onmessage?.({ data: structuredClone(news) })); },
      close: () => {},
    };
    all.push(channel);
    return channel;
  };
}

function tab(keeper: MemoryKeeper, channel: TabChannel, events: string[] = []) {
  const heard: string[] = [];
  const transport = new TabTransport(keeper, channel, 0, 0, {
    saved: () => events.push('saved'),
    failed: (problem: StorageProblem) => events.push(`failed ${problem.reason}`),
    reopen: () => events.push('reopen'),
  }, async () => {});
  transport.onNewMessage('session', (m) => heard.push((m as RevisionMessage).nextRevisionId ?? (m as { type: string }).type));
  return { transport, heard };
}

describe('TabTransport', () => {
  it('acknowledges a revision to its own session once it is stored, and tells the other tab', async () => {
    const keeper = new MemoryKeeper();
    const channel = channels();
    const one = tab(keeper, channel());
    const two = tab(keeper, channel());
    await one.transport.sendMessage(revision('a', 'START'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await two.transport.settled();
    expect(keeper.log.map((e) => e.id)).toEqual(['a']);
    expect(one.heard).toEqual(['a']);
    expect(two.heard).toEqual(['a']);
  });

  it('stores nothing over another tab\'s revision: a refused one is not acknowledged, and the missed one is read', async () => {
    const keeper = new MemoryKeeper();
    const one = tab(keeper, channels()());
    keeper.log.push({ seq: 1, id: 'other', message: revision('other', 'START') });
    await one.transport.sendMessage(revision('mine', 'START'));
    expect(keeper.log.map((e) => e.id)).toEqual(['other']);
    expect(one.heard).toEqual(['other']);
    expect(one.transport.lastSeq).toBe(1);
  });

  it('tries a failing write again until it is stored, saying so each time', async () => {
    const keeper = new MemoryKeeper();
    keeper.failures = 2;
    const events: string[] = [];
    const one = tab(keeper, channels()(), events);
    await one.transport.sendMessage(revision('a', 'START'));
    expect(events).toEqual(['failed quota', 'failed quota', 'saved']);
    expect(one.heard).toEqual(['a']);
  });

  it('delivers in stored order, reading a gap from storage, and never twice', async () => {
    const keeper = new MemoryKeeper();
    const channel = channels()();
    const one = tab(keeper, channel);
    keeper.log.push({ seq: 1, id: 'x', message: revision('x', 'START') }, { seq: 2, id: 'y', message: revision('y', 'x') });
    channel.onmessage!({ data: { kind: 'revision', seq: 2, message: revision('y', 'x') } });
    channel.onmessage!({ data: { kind: 'revision', seq: 1, message: revision('x', 'START') } });
    await one.transport.settled();
    expect(one.heard).toEqual(['x', 'y']);
  });

  it('keeps a client\'s move out of storage', async () => {
    const keeper = new MemoryKeeper();
    const one = tab(keeper, channels()());
    await one.transport.sendMessage({ type: 'CLIENT_MOVED' });
    expect(keeper.log).toEqual([]);
    expect(one.heard).toEqual(['CLIENT_MOVED']);
  });
});
