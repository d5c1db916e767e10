// Replaying the stored log (damaged entries lose only themselves) and classifying storage failures.
import { describe, expect, it } from 'vitest';
import { isReadableEntry, replayMessages, START_REVISION, storageProblem, StorageProblem, type StoredWorkbook } from '../../web-workbook/workbook-store';

const revision = (seq: number, id: string, content: string) => ({
  seq, id, message: { type: 'REMOTE_REVISION', version: 1, clientId: 'tab', serverRevisionId: 'ignored', nextRevisionId: id, commands: [{ type: 'UPDATE_CELL', sheetId: 's', col: 0, row: seq, content }] },
});

function stored(entries: unknown[], head = 'r3'): StoredWorkbook {
  return { head: { format: 1, seq: entries.length, revisionId: head, generation: 0 }, snapshot: { format: 1, seq: 0, data: { sheets: [], styles: {}, formats: {}, namedRanges: {} } }, entries };
}

describe('replayMessages', () => {
  it('chains every entry on the one before it, from the snapshot\'s revision', () => {
    const { messages, damaged } = replayMessages(stored([revision(1, 'r1', 'a'), revision(2, 'r2', 'b'), revision(3, 'r3', 'c')]));
    expect(messages.map((m) => [m.serverRevisionId, m.nextRevisionId])).toEqual([[START_REVISION, 'r1'], ['r1', 'r2'], ['r2', 'r3']]);
    expect(damaged).toBe(0);
  });

  it('replays a damaged entry as an empty revision under its id, so the ones after it still follow', () => {
    const { messages, damaged } = replayMessages(stored([revision(1, 'r1', 'a'), { seq: 2, id: 'r2', message: '\u0000garbage' }, revision(3, 'r3', 'c')]));
    expect(damaged).toBe(1);
    expect(messages[1]).toEqual({ type: 'REMOTE_REVISION', version: 1, clientId: 'damaged', commands: [], serverRevisionId: 'r1', nextRevisionId: 'r2' });
    expect(messages[2].serverRevisionId).toBe('r2');
    expect(messages[2].commands).toEqual([{ type: 'UPDATE_CELL', sheetId: 's', col: 0, row: 3, content: 'c' }]);
  });

  it('gives a damaged last entry with no id the head\'s, so new revisions are accepted on top', () => {
    const { messages } = replayMessages(stored([revision(1, 'r1', 'a'), null], 'r2'));
    expect(messages[1].nextRevisionId).toBe('r2');
  });
});

describe('isReadableEntry', () => {
  it('wants a revision message whose id and commands are there', () => {
    expect(isReadableEntry(revision(1, 'r1', 'a'))).toBe(true);
    expect(isReadableEntry({ ...revision(1, 'r1', 'a'), id: 'other' })).toBe(false);
    expect(isReadableEntry({ seq: 1, id: 'r1', message: { type: 'REMOTE_REVISION', nextRevisionId: 'r1', serverRevisionId: 'r0', commands: [null] } })).toBe(false);
    expect(isReadableEntry({ seq: 1, id: 'u1', message: { type: 'REVISION_UNDONE', nextRevisionId: 'u1', serverRevisionId: 'r1', undoneRevisionId: 'r1' } })).toBe(true);
    expect(isReadableEntry({ seq: 1, id: 'x', message: { type: 'CLIENT_MOVED', nextRevisionId: 'x', serverRevisionId: 'r1' } })).toBe(false);
  });
});

describe('storageProblem', () => {
  it('names a full disk, no storage, a newer version, and anything else', () => {
    expect(storageProblem(new DOMException('Quota exceeded', 'QuotaExceededError')).reason).toBe('quota');
    expect(storageProblem(new DOMException('no', 'SecurityError')).reason).toBe('missing');
    expect(storageProblem(new DOMException('The requested version (2) is less than the existing version (7).', 'VersionError')).reason).toBe('newer');
    expect(storageProblem(new DOMException('busy', 'UnknownError'))).toEqual(new StorageProblem('failed', 'busy'));
    const kept = new StorageProblem('quota', 'x');
    expect(storageProblem(kept)).toBe(kept);
  });
});
