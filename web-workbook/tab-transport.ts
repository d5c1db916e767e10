// o-spreadsheet's transport between the tabs of one browser: IndexedDB orders and keeps the revisions, a BroadcastChannel carries them.
import { storageProblem, type Appended, type LogEntry, type RevisionMessage, type StorageProblem } from './workbook-store';

/** Where revisions are kept and ordered: the browser's IndexedDB here, a server later. */
export interface RevisionKeeper {
  /** Stores `message` on top of the head `expected` (the last this tab saw), or answers 'stale'. */
  append(message: RevisionMessage, expected: { seq: number; generation: number }): Promise<Appended>;
  /** The entries after `seq`; `folded` when some of them are in a snapshot now, no longer in the log. */
  entriesAfter(seq: number): Promise<{ entries: readonly LogEntry[]; folded: boolean; head?: { generation: number } }>;
}

/** What the other tabs hear: a revision stored at `seq`, a client's move, or a workbook replaced whole. */
export type TabNews =
  | { readonly kind: 'revision'; readonly seq: number; readonly message: RevisionMessage }
  | { readonly kind: 'client'; readonly message: unknown }
  | { readonly kind: 'replaced'; readonly generation: number }
  /** Revisions were stored by other means (a closed tab's journal): read them. */
  | { readonly kind: 'stored' };

/** A channel to the other tabs (BroadcastChannel has this shape). */
export interface TabChannel {
  postMessage(news: TabNews): void;
  onmessage: ((event: { data: TabNews }) => void) | null;
  close(): void;
}

export interface TransportEvents {
  /** A revision reached storage; every failure before it is over. */
  saved(): void;
  /** Storing failed; the transport tries again until it works. */
  failed(problem: StorageProblem): void;
  /** The workbook in storage is no longer one this tab's model follows (replaced whole, or folded past what it has): reopen it. */
  reopen(): void;
}

type Listener = (message: unknown) => void;

const STATE_UPDATES = new Set(['REMOTE_REVISION', 'REVISION_UNDONE', 'REVISION_REDONE']);
const RETRY_MS = [250, 1000, 2000, 5000];

/**
 * The session's "server" for one tab. A revision is sent by storing it: IndexedDB accepts it only on top
 * of the newest stored revision, so tabs never overwrite each other; an accepted revision is echoed to
 * this tab's session (its acknowledgement) and told to the others. A refused one waits for the other
 * tab's revision, which the session receives, transforms its own over and sends again. Every tab
 * delivers revisions in their stored order, reading what it missed from storage.
 */
export class TabTransport {
  private readonly listeners = new Map<string, Listener>();
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  /**
   * `seq`: the last stored revision the tab's model includes; `generation`: the stored workbook's, as
   * opened. `keeper` undefined: keep nothing (the stored workbook could not be opened).
   */
  constructor(
    private readonly keeper: RevisionKeeper | undefined,
    private readonly channel: TabChannel | undefined,
    private seq: number,
    private readonly generation: number,
    private readonly events: TransportEvents,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    if (channel) channel.onmessage = (event) => this.hear(event.data);
  }

  /** The last stored revision this tab has. */
  get lastSeq(): number {
    return this.seq;
  }

  sendMessage(message: { type: string }): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (!STATE_UPDATES.has(message.type)) {
      // Snapshots are taken in the background from storage, never sent by a session.
      if (message.type === 'SNAPSHOT') return Promise.resolve();
      this.channel?.postMessage({ kind: 'client', message });
      this.deliver(message);
      return Promise.resolve();
    }
    const revision = message as RevisionMessage;
    if (!this.keeper) {
      this.deliver(revision);
      return Promise.resolve();
    }
    return this.serially(() => this.store(revision));
  }

  onNewMessage(id: string, callback: Listener): void {
    this.listeners.set(id, callback);
  }

  leave(id: string): void {
    this.listeners.delete(id);
  }

  /** Resolves once every revision sent or heard so far is handled. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Reads and delivers what other tabs stored that this one has not heard (a tab that slept, a missed message). */
  catchUp(): Promise<void> {
    return this.serially(() => this.readMissed());
  }

  /** Tells every tab, this one too, that revisions were stored outside a session (a closed tab's journal), or that the workbook was replaced. */
  announce(news: Extract<TabNews, { kind: 'stored' | 'replaced' }>): Promise<void> {
    this.channel?.postMessage(news);
    return news.kind === 'stored' ? this.catchUp() : Promise.resolve();
  }

  close(): void {
    this.closed = true;
    this.channel?.close();
    this.listeners.clear();
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async store(message: RevisionMessage): Promise<void> {
    for (let attempt = 0; !this.closed; attempt++) {
      let appended: Appended;
      try {
        appended = await this.keeper!.append(message, { seq: this.seq, generation: this.generation });
      } catch (error) {
        this.events.failed(storageProblem(error));
        await this.wait(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
        continue;
      }
      this.events.saved();
      if (appended === 'stale') {
        await this.readMissed();
        return;
      }
      this.channel?.postMessage({ kind: 'revision', seq: appended.seq, message });
      await this.accept(appended.seq, message);
      return;
    }
  }

  private hear(news: TabNews): void {
    if (this.closed) return;
    if (news.kind === 'client') this.deliver(news.message);
    else if (news.kind === 'replaced') { if (news.generation !== this.generation) this.events.reopen(); }
    else if (news.kind === 'stored') void this.catchUp();
    else void this.serially(() => this.accept(news.seq, news.message));
  }

  private async accept(seq: number, message: RevisionMessage): Promise<void> {
    if (seq <= this.seq) return;
    if (seq > this.seq + 1) {
      await this.readMissed();
      return;
    }
    this.seq = seq;
    this.deliver(message);
  }

  private async readMissed(): Promise<void> {
    if (!this.keeper) return;
    let missed: Awaited<ReturnType<RevisionKeeper['entriesAfter']>>;
    try {
      missed = await this.keeper.entriesAfter(this.seq);
    } catch (error) {
      this.events.failed(storageProblem(error));
      return;
    }
    if (missed.folded || (missed.head && missed.head.generation !== this.generation)) {
      this.events.reopen();
      return;
    }
    for (const entry of missed.entries) {
      if (entry.seq !== this.seq + 1) break;
      this.seq = entry.seq;
      this.deliver(entry.message);
    }
  }

  private deliver(message: unknown): void {
    for (const listener of [...this.listeners.values()]) listener(message);
  }
}
