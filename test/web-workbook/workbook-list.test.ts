// The list of workbooks kept in this browser: names kept apart, last used first, deleted ones kept until deleted for good.
import { describe, expect, it } from 'vitest';
import { fileNameOf, FIRST_WORKBOOK, freeName, isTabOf, ListProblem, WorkbookList, workbookPlace, type ListStorage } from '../../web-workbook/workbook-list';

function memory(): ListStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => { map.set(key, value); } };
}

function clock() {
  let now = 1000;
  return () => (now += 10);
}

describe('WorkbookList', () => {
  it('lists the first workbook before anything was written', () => {
    const list = new WorkbookList(memory(), 'My workbook');
    expect(list.all().map((w) => [w.id, w.name])).toEqual([[FIRST_WORKBOOK, 'My workbook']]);
    expect(list.lastUsed().id).toBe(FIRST_WORKBOOK);
  });

  it('adds workbooks under free names and opens on the last used', () => {
    const list = new WorkbookList(memory(), 'My workbook', clock());
    const a = list.add('Workbook');
    const b = list.add('workbook');
    expect([a.name, b.name]).toEqual(['Workbook', 'workbook (2)']);
    expect(list.lastUsed().id).toBe(b.id);
    list.touch(FIRST_WORKBOOK);
    expect(list.lastUsed().id).toBe(FIRST_WORKBOOK);
    expect(list.all().map((w) => w.id)).toEqual([FIRST_WORKBOOK, b.id, a.id]);
  });

  it('renames, a name another workbook has getting a number', () => {
    const list = new WorkbookList(memory(), 'My workbook', clock());
    const a = list.add('Q4');
    expect(list.rename(a.id, '  My workbook ')).toBe('My workbook (2)');
    expect(list.rename(a.id, 'Q4 pipeline')).toBe('Q4 pipeline');
    expect(list.get(a.id)?.name).toBe('Q4 pipeline');
  });

  it('deletes with a way back, and forgets only what was deleted', () => {
    const list = new WorkbookList(memory(), 'My workbook', clock());
    const a = list.add('Q4');
    list.delete(a.id);
    expect(list.all().map((w) => [w.name, w.deletedAt !== undefined])).toEqual([['My workbook', false], ['Q4', true]]);
    expect(list.lastUsed().id).toBe(FIRST_WORKBOOK);
    list.add('Q4');
    list.restore(a.id);
    expect(list.get(a.id)).toMatchObject({ name: 'Q4 (2)' });
    expect(list.get(a.id)?.deletedAt).toBeUndefined();
    list.forget(a.id);
    expect(list.get(a.id)).toBeDefined();
    list.delete(a.id);
    list.forget(a.id);
    expect(list.get(a.id)).toBeUndefined();
  });

  it('sees what another tab wrote, as it reads the list afresh for each change', () => {
    const storage = memory();
    const one = new WorkbookList(storage, 'My workbook', clock());
    const two = new WorkbookList(storage, 'My workbook', clock());
    const a = one.add('From tab one');
    const b = two.add('From tab two');
    expect(one.all().map((w) => w.id).sort()).toEqual([FIRST_WORKBOOK, a.id, b.id].sort());
  });

  it('never writes over a list of a newer version, nor over a full storage, and says so', () => {
    const storage = memory();
    storage.map.set('sales-kpi-workbooks', JSON.stringify({ format: 99, workbooks: [{ id: 'x', name: 'Newer', createdAt: 1, usedAt: 1 }] }));
    const list = new WorkbookList(storage, 'My workbook');
    expect(() => list.add('Q4')).toThrow(ListProblem);
    expect(JSON.parse(storage.map.get('sales-kpi-workbooks')!).format).toBe(99);
    const full: ListStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => new WorkbookList(full, 'My workbook').add('Q4')).toThrow(ListProblem);
  });

  it('reads a damaged list as the first workbook alone', () => {
    const storage = memory();
    storage.map.set('sales-kpi-workbooks', '{not json');
    expect(new WorkbookList(storage, 'My workbook').all().map((w) => w.id)).toEqual([FIRST_WORKBOOK]);
  });
});

describe('workbookPlace', () => {
  it('keeps the first workbook where it always was, and gives each other its own database, channel and tab ids', () => {
    expect(workbookPlace(FIRST_WORKBOOK)).toEqual({ id: FIRST_WORKBOOK, database: 'sales-kpi', channel: 'sales-kpi-workbook', tabPrefix: '' });
    expect(workbookPlace('w1')).toEqual({ id: 'w1', database: 'sales-kpi:w1', channel: 'sales-kpi-workbook:w1', tabPrefix: 'w1~' });
  });

  it('tells whose a tab is, so a gone tab\'s revisions go back to its own workbook', () => {
    expect(isTabOf(workbookPlace(FIRST_WORKBOOK), '3f2a-uuid')).toBe(true);
    expect(isTabOf(workbookPlace(FIRST_WORKBOOK), 'w1~3f2a')).toBe(false);
    expect(isTabOf(workbookPlace('w1'), 'w1~3f2a')).toBe(true);
    expect(isTabOf(workbookPlace('w1'), 'w12~3f2a')).toBe(false);
  });
});

describe('freeName and fileNameOf', () => {
  it('numbers a taken name, and makes a file name of any name', () => {
    expect(freeName('', [])).toBe('Workbook');
    expect(freeName('A', ['a', 'A (2)'])).toBe('A (3)');
    expect(fileNameOf('Q4: pipeline/EMEA')).toBe('Q4- pipeline-EMEA.xlsx');
    expect(fileNameOf('کارپوشهٔ من', ' (مقدارها)')).toBe('کارپوشهٔ من (مقدارها).xlsx');
    expect(fileNameOf('...')).toBe('sales-kpi.xlsx');
  });
});
