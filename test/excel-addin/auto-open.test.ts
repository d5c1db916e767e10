import { describe, expect, it } from 'vitest';
import { openTaskPaneWithWorkbook } from '../../excel-addin/auto-open';

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
