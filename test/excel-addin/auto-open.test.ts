import { describe, expect, it } from 'vitest';
import { loadRuntimeWithWorkbook, markWorkbookForTeammates, openTaskPaneWithWorkbook } from '../../excel-addin/auto-open';

type Settings = Parameters<typeof openTaskPaneWithWorkbook>[0];

function settings(outcome: 'succeeded' | 'failed') {
  const saved: Record<string, unknown> = {};
  const pending: Record<string, unknown> = {};
  return {
    saved,
    set: (name: string, value: unknown) => { pending[name] = value; },
    saveAsync: (callback: (result: { status: string; error: { message: string } }) => void) => {
      if (outcome === 'succeeded') Object.assign(saved, pending);
      callback({ status: outcome, error: { message: 'The workbook is read-only.' } });
    },
  };
}

describe('openTaskPaneWithWorkbook', () => {
  it('saves the setting Office reads to open the task pane with the workbook', async () => {
    const store = settings('succeeded');
    await openTaskPaneWithWorkbook(store as unknown as Settings);
    expect(store.saved).toEqual({ 'Office.AutoShowTaskpaneWithDocument': true });
  });

  it('fails with the host message when the workbook cannot be saved', async () => {
    await expect(openTaskPaneWithWorkbook(settings('failed') as unknown as Settings)).rejects.toThrow('The workbook is read-only.');
  });
});

function addin(outcome: 'succeeded' | 'failed') {
  const calls: unknown[] = [];
  return {
    calls,
    setStartupBehavior: async (behavior: unknown) => {
      calls.push(behavior);
      if (outcome === 'failed') throw new Error('This add-in cannot set its startup behavior here.');
    },
  };
}

type Addin = Parameters<typeof loadRuntimeWithWorkbook>[0];

describe('loadRuntimeWithWorkbook', () => {
  it('asks Office to load the add-in\'s runtime (StartupBehavior.load) whenever the workbook opens', async () => {
    const office = addin('succeeded');
    await loadRuntimeWithWorkbook(office as unknown as Addin);
    expect(office.calls).toEqual(['Load']);
  });
});

describe('markWorkbookForTeammates', () => {
  it('sets both: the runtime loads with the workbook, and the pane opens where Office allows it', async () => {
    const store = settings('succeeded');
    const office = addin('succeeded');
    await markWorkbookForTeammates(store as unknown as Settings, office as unknown as Addin);
    expect(office.calls).toEqual(['Load']);
    expect(store.saved).toEqual({ 'Office.AutoShowTaskpaneWithDocument': true });
  });

  it('still marks the pane when the startup behavior is refused, and reports the refusal', async () => {
    const store = settings('succeeded');
    await expect(markWorkbookForTeammates(store as unknown as Settings, addin('failed') as unknown as Addin))
      .rejects.toThrow('This add-in cannot set its startup behavior here.');
    expect(store.saved).toEqual({ 'Office.AutoShowTaskpaneWithDocument': true });
  });

  it('still sets the startup behavior when the setting cannot be saved', async () => {
    const office = addin('succeeded');
    await expect(markWorkbookForTeammates(settings('failed') as unknown as Settings, office as unknown as Addin)).rejects.toThrow('The workbook is read-only.');
    expect(office.calls).toEqual(['Load']);
  });
});
