import { describe, expect, it } from 'vitest';
import { inspectCell } from '../../../ui/wizard/inspect';
import { FakeHost } from './fake-host';

function excelWorkbook(): FakeHost {
  const host = new FakeHost('excel', {
    Deals: [
      ['Spend', 'New customers', 'Score'],
      [6000, 0, 10],
      [2500, null, 'abc'],
      [1500, null, 9],
      [null, null, null],
    ],
    Dashboard: [[null], [null]],
  });
  return host;
}

describe('inspectCell', () => {
  it('says which KPI a cell holds, what each argument reads and how many blanks are skipped', async () => {
    const host = excelWorkbook();
    host.formulas.set('Dashboard!A1', '=KPI.CAC(Deals!A2:A5, 20)');
    const inspection = (await inspectCell(host, { sheet: 'Dashboard', address: 'A1' }))!;
    expect(inspection.def.id).toBe('CAC');
    expect(inspection.args.map((a) => [a.param.name, a.text, a.cells, a.blanks])).toEqual([
      ['spend', 'Deals!A2:A5', 4, 1],
      ['new_customers', '20', 1, 0],
    ]);
    expect(inspection.args[0].ref).toEqual({ sheet: 'Deals', address: 'A2:A5' });
    expect(inspection.result).toBe(500);
    expect(inspection.error).toBeUndefined();
  });

  it('gives the reason for #DIV/0!, which Excel cannot show', async () => {
    const host = excelWorkbook();
    host.formulas.set('Dashboard!A1', '=KPI.CAC(Deals!A2:A4, Deals!B2)');
    const inspection = (await inspectCell(host, { sheet: 'Dashboard', address: 'A1' }))!;
    expect(inspection.error?.kind).toBe('div0');
    expect(inspection.error?.message).toBe('CAC: new_customers is 0, so there is no customer to share the cost');
  });

  it('names the sheet cell of a bad value', async () => {
    const host = excelWorkbook();
    host.formulas.set('Dashboard!A2', '=KPI.NPS(Deals!C2:C4)');
    const inspection = (await inspectCell(host, { sheet: 'Dashboard', address: 'A2' }))!;
    expect(inspection.error?.message).toBe('NPS: scores cell C3 is "abc", expected a whole number 0–10');
    expect(inspection.findings.map((f) => [f.kind, f.param, f.count])).toEqual([['text-among-numbers', 'scores', 1]]);
  });

  it('reads Sheets formulas by their Sheets names', async () => {
    const host = new FakeHost('sheets', { Data: [[100, 150], [200, 100]] });
    host.formulas.set('Data!C1', '=KPI_GROWTH(A1:A2, B1:B2)');
    const inspection = (await inspectCell(host, { sheet: 'Data', address: 'C1' }))!;
    expect(inspection.def.id).toBe('GROWTH');
    expect(inspection.result).toEqual([[0.5], [-0.5]]);
  });

  it('finds the first failing row of a spilled result', async () => {
    const host = new FakeHost('excel', { Data: [[100, 20], [0, 0]] });
    host.formulas.set('Data!C1', '=KPI.CONVERSION_RATE(A1:A2, B1:B2)');
    const inspection = (await inspectCell(host, { sheet: 'Data', address: 'C1' }))!;
    expect(inspection.error?.message).toBe('CONVERSION_RATE: from_count cell A2 is 0, so there is nothing to divide by');
  });

  it('says which arguments it cannot read instead of guessing a result', async () => {
    const host = excelWorkbook();
    host.formulas.set('Dashboard!A1', '=KPI.CAC(Deals!A2:A4, SUM(Deals!B2:B3))');
    const inspection = (await inspectCell(host, { sheet: 'Dashboard', address: 'A1' }))!;
    expect(inspection.unreadable).toEqual(['SUM(Deals!B2:B3)']);
    expect(inspection.result).toBeUndefined();
  });

  it('reads a named range through the host, where the host can resolve names', async () => {
    const host = Object.assign(excelWorkbook(), {
      namedRange: async (name: string) => (name === 'Deals_Spend' ? { sheet: 'Deals', address: 'A2:A5' } : undefined),
    });
    host.formulas.set('Dashboard!A1', '=KPI.CAC(Deals_Spend, 20)');
    const inspection = (await inspectCell(host, { sheet: 'Dashboard', address: 'A1' }))!;
    expect(inspection.args[0]).toMatchObject({ text: 'Deals_Spend', ref: { sheet: 'Deals', address: 'A2:A5' }, cells: 4, blanks: 1 });
    expect(inspection.result).toBe(500);
    host.formulas.set('Dashboard!A2', '=KPI.CAC(Nowhere, 20)');
    expect((await inspectCell(host, { sheet: 'Dashboard', address: 'A2' }))!.unreadable).toEqual(['Nowhere']);
  });

  it('answers undefined for a cell without a KPI formula', async () => {
    const host = excelWorkbook();
    host.formulas.set('Dashboard!A1', '=SUM(Deals!A2:A4)');
    expect(await inspectCell(host, { sheet: 'Dashboard', address: 'A1' })).toBeUndefined();
    expect(await inspectCell(host, { sheet: 'Dashboard', address: 'A2' })).toBeUndefined();
  });
});
