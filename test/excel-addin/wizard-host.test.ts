// The Excel wizard adapter against office-addin-mock: what it reads and writes through Excel.run.
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { ExcelWizardHost } from '../../excel-addin/wizard-host';
import { insertFormula } from '../../ui/wizard/insert';

/** A workbook of one sheet, Deals, with a selection, a used range and one target cell. */
function workbook(target: { formulas: unknown[][]; values: unknown[][] } = { formulas: [['']], values: [['']] }) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        selection: { address: 'Deals!B2:B4', values: [[10], [''], [9]] },
        getSelectedRange() { return this.selection; },
        worksheets: {
          Deals: {
            used: { address: "'Deals'!A1:C4", values: [['Status', 'Amount', 'Score'], ['Won', 1000, 10], ['Lost', '', ''], ['Won', 3000, 9]] },
            target: { ...target, numberFormat: [['General']] },
            getUsedRange() { return this.used; },
            getRange() { return this.target; },
          },
          getItem(name: string): unknown { return (this as unknown as Record<string, unknown>)[name]; },
          getActiveWorksheet() { return this.Deals; },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) { return callback(this.context); },
  });
  return mock as unknown as { run: typeof Excel.run; context: { workbook: { worksheets: { Deals: { target: { formulas: unknown; numberFormat: unknown } } } } } };
}

describe('ExcelWizardHost', () => {
  it('reads the selection with its sheet and address', async () => {
    const host = new ExcelWizardHost(workbook());
    expect(await host.getSelection()).toEqual({ sheet: 'Deals', address: 'B2:B4', values: [[10], [''], [9]] });
  });

  it('cuts a whole-column selection to the used rows before reading it, so no formula gets B:B', async () => {
    const loaded: string[] = [];
    const rangeAt = (address: string, values: unknown[][]) => ({
      address, values, load(this: { address: string }, what: string | string[]) { loaded.push(`${this.address} ${what}`); return this; },
    });
    const worksheet = {
      getUsedRangeOrNullObject: () => ({ ...rangeAt('Deals!A1:C4', []), isNullObject: false }),
      getRange: (address: string) => rangeAt(`Deals!${address}`, [['Score'], [10], [''], [9]]),
    };
    const excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => batch({
        workbook: { getSelectedRange: () => ({ ...rangeAt('Deals!C:C', []), worksheet }) },
        sync: async () => {},
      }),
    };
    const selection = await new ExcelWizardHost(excel as unknown as typeof Excel).getSelection();
    expect(selection).toEqual({ sheet: 'Deals', address: 'C1:C4', values: [['Score'], [10], [''], [9]] });
    // The whole column's values were never asked for: only its address, then the cut range's values.
    expect(loaded).toEqual(['Deals!C:C address', 'Deals!A1:C4 address', 'Deals!C1:C4 address', 'Deals!C1:C4 values']);
  });

  it('reads a sheet used range, quoted sheet names included, header row first', async () => {
    const host = new ExcelWizardHost(workbook());
    const used = await host.getUsedRange();
    expect(used.sheet).toBe('Deals');
    expect(used.address).toBe('A1:C4');
    expect(used.values[0]).toEqual(['Status', 'Amount', 'Score']);
  });

  it('reads a cell formula, and none for a plain value', async () => {
    expect((await new ExcelWizardHost(workbook({ formulas: [['=KPI.NPS(C2:C4)']], values: [[100]] })).getCell({ sheet: 'Deals', address: 'E1' })))
      .toEqual({ formula: '=KPI.NPS(C2:C4)', value: 100 });
    expect((await new ExcelWizardHost(workbook({ formulas: [[42]], values: [[42]] })).getCell({ sheet: 'Deals', address: 'E1' })))
      .toEqual({ formula: '', value: 42 });
  });

  it('writes the formula with the locale-independent property and the number format', async () => {
    const excel = workbook();
    await new ExcelWizardHost(excel).writeFormula({ sheet: 'Deals', address: 'E1' }, '=KPI.WIN_RATE(A2:A4)', '0.0%');
    const target = excel.context.workbook.worksheets.Deals.target;
    expect(target.formulas).toEqual([['=KPI.WIN_RATE(A2:A4)']]);
    expect(target.numberFormat).toEqual([['0.0%']]);
  });
});

describe('insertFormula in Excel', () => {
  it('writes into an empty cell without asking', async () => {
    const excel = workbook();
    const asked: string[] = [];
    const outcome = await insertFormula(new ExcelWizardHost(excel), { sheet: 'Deals', address: 'E1' }, '=KPI.NPS(C2:C4)', '0',
      async (existing) => { asked.push(existing); return true; });
    expect(outcome).toBe('inserted');
    expect(asked).toEqual([]);
    expect(excel.context.workbook.worksheets.Deals.target.formulas).toEqual([['=KPI.NPS(C2:C4)']]);
  });

  it('asks before replacing a value, and keeps it on a no', async () => {
    const excel = workbook({ formulas: [['Q1 target']], values: [['Q1 target']] });
    const asked: string[] = [];
    const outcome = await insertFormula(new ExcelWizardHost(excel), { sheet: 'Deals', address: 'E1' }, '=KPI.NPS(C2:C4)', '0',
      async (existing) => { asked.push(existing); return false; });
    expect(outcome).toBe('kept');
    expect(asked).toEqual(['Q1 target']);
    expect(excel.context.workbook.worksheets.Deals.target.formulas).toEqual([['Q1 target']]);
  });

  it('replaces an existing formula only after a yes', async () => {
    const excel = workbook({ formulas: [['=SUM(B2:B4)']], values: [[4000]] });
    const outcome = await insertFormula(new ExcelWizardHost(excel), { sheet: 'Deals', address: 'E1' }, '=KPI.NPS(C2:C4)', '0', async () => true);
    expect(outcome).toBe('inserted');
    expect(excel.context.workbook.worksheets.Deals.target.formulas).toEqual([['=KPI.NPS(C2:C4)']]);
  });
});

describe('ExcelWizardHost.createSheet', () => {
  it('adds a sheet under a unique name when the one asked for is taken (ignoring case)', async () => {
    const added: string[] = [];
    const names = ['Deals', 'KPI dashboard', 'kpi dashboard (2)'];
    const excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => batch({
        workbook: {
          worksheets: {
            load() { return { items: names.map((name) => ({ name })), add: (name: string) => { added.push(name); names.push(name); } }; },
          },
        },
        sync: async () => undefined,
      }),
    } as unknown as Pick<typeof Excel, 'run'>;
    const host = new ExcelWizardHost(excel);
    expect(await host.createSheet('KPI dashboard')).toBe('KPI dashboard (3)');
    expect(await host.createSheet('Template')).toBe('Template');
    expect(added).toEqual(['KPI dashboard (3)', 'Template']);
  });
});
