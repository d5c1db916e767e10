// PIPELINE_VELOCITY's inputs proposed from a CRM export's own table: the open deals, and AVG_DEAL_SIZE, WIN_RATE and SALES_CYCLE over its columns.
import { describe, expect, it } from 'vitest';
import { columnLetters, findKpi, runKpi, type HostCell } from '../../../core';
import { buildFormula, type ArgumentChoice } from '../../../ui/wizard/formula';
import { tableChoice } from '../../../ui/wizard/table-choice';
import { CRM_EXPORTS } from '../../helpers/crm-exports';
import { openedExport } from '../../helpers/own-export';

const velocity = findKpi('PIPELINE_VELOCITY')!;

describe('tableChoice on the CRM exports', () => {
  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: every input of PIPELINE_VELOCITY from the right columns, and the exact velocity', async (_vendor, make) => {
    const opened = await openedExport(make, 'Deals');
    const rows = opened.rows.length;
    const columns = opened.own.columns.map((c) => ({ ...c, ref: { sheet: 'Deals', address: `${columnLetters(c.col)}2:${columnLetters(c.col)}${rows}` } }));
    const cellsOf = (address: string): HostCell[] => opened.own.columns.find((c) => address.startsWith(`${columnLetters(c.col)}2:`))!.cells as HostCell[];
    const choices = await Promise.all(velocity.params.map((param) => tableChoice(param, columns, async (ref) => cellsOf(ref.address))));
    const col = (index: number) => `${columnLetters(index)}2:${columnLetters(index)}${rows}`;
    const c = opened.crm.columns;
    const closed = opened.mapping.statuses.filter((s) => s.outcome !== 'open').map((s) => `COUNTIF(${col(c.status)}, "${s.value}")`);
    expect(buildFormula(velocity, choices as ArgumentChoice[], 'sheets', 'Deals')).toBe(
      `=PIPELINE_VELOCITY(COUNTA(${col(c.status)})-${closed.join('-')}, AVG_DEAL_SIZE(${col(c.amount)}, ${col(c.status)}), WIN_RATE(${col(c.status)}), SALES_CYCLE(${col(c.created)}, ${col(c.close)}, ${col(c.status)}))`,
    );
    // Each input as the sheet computes it, then the velocity: the deals' own numbers, nothing rounded on the way.
    const value = (choice: ArgumentChoice): unknown => {
      if (choice.kind === 'range') return cellsOf(choice.ref.address).map((cell) => [cell]);
      if (choice.kind === 'call') return runKpi(choice.def, choice.args.map(value));
      if (choice.kind === 'openCount') return cellsOf(choice.ref.address).filter((cell) => cell !== null && !choice.closed.some((label) => label.toLowerCase() === String(cell).toLowerCase())).length;
      return undefined;
    };
    const inputs = (choices as ArgumentChoice[]).map(value);
    const open = opened.crm.deals.filter((d) => d.outcome === 'open').length;
    expect(inputs[0]).toBe(open);
    expect(inputs[1] as number).toBeCloseTo(opened.expected.avgDealSize, 6);
    expect(inputs[2] as number).toBeCloseTo(opened.expected.winRate, 12);
    expect(inputs[3] as number).toBeCloseTo(opened.expected.salesCycle, 6);
    const exact = open * opened.expected.avgDealSize * opened.expected.winRate / opened.expected.salesCycle;
    expect(Math.abs((runKpi(velocity, inputs) as number) - exact) / exact).toBeLessThan(1e-12);
  });

  it('proposes nothing for a parameter without fromTable, or a table without the columns', async () => {
    const amount = { header: 'Amount', cells: [100, 200], ref: { sheet: 'S', address: 'A2:A3' } };
    expect(await tableChoice(findKpi('CAC')!.params[0], [amount], async () => [])).toBeUndefined();
    expect(await tableChoice(velocity.params[0], [amount], async () => [])).toBeUndefined();
    expect(await tableChoice(velocity.params[3], [amount], async () => [])).toBeUndefined();
  });
});
