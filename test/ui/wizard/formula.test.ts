import { describe, expect, it } from 'vitest';
import { findKpi, REGISTRY } from '../../../core';
import { buildFormula, functionName, kpiCall, parseCall, parseRangeText, quoteSheet, rangeText } from '../../../ui/wizard/formula';

const kpi = (id: string) => findKpi(id)!;

describe('quoteSheet and rangeText', () => {
  it('leaves plain sheet names bare and quotes the rest', () => {
    expect(quoteSheet('Deals')).toBe('Deals');
    expect(quoteSheet('Q1 data')).toBe("'Q1 data'");
    expect(quoteSheet('فروش')).toBe("'فروش'");
    expect(quoteSheet("Ali's")).toBe("'Ali''s'");
    expect(quoteSheet('AB12')).toBe("'AB12'");
  });

  it('drops the sheet for a range on the formula own sheet', () => {
    expect(rangeText({ sheet: 'Deals', address: 'B2:B9' }, 'Deals')).toBe('B2:B9');
    expect(rangeText({ sheet: 'Survey data', address: 'C2:C500' }, 'Dashboard')).toBe("'Survey data'!C2:C500");
  });
});

describe('buildFormula', () => {
  it('writes =KPI.X in Excel and =X in Sheets, KPI_GROWTH for GROWTH', () => {
    const nps = [{ kind: 'range', ref: { sheet: 'Survey', address: 'B2:B500' } }] as const;
    expect(buildFormula(kpi('NPS'), nps, 'excel', 'Dashboard')).toBe('=KPI.NPS(Survey!B2:B500)');
    expect(buildFormula(kpi('NPS'), nps, 'sheets', 'Dashboard')).toBe('=NPS(Survey!B2:B500)');
    expect(buildFormula(kpi('GROWTH'), [{ kind: 'number', value: 100 }, { kind: 'number', value: 125.5 }], 'sheets', 'S')).toBe('=KPI_GROWTH(100, 125.5)');
  });

  it('writes numbers with a dot and text in doubled quotes, whatever the user locale', () => {
    const choices = [
      { kind: 'range', ref: { sheet: 'Deals', address: 'E2:E9' } },
      { kind: 'range', ref: { sheet: 'Deals', address: 'D2:D9' } },
      { kind: 'text', value: 'Closed "won"' },
    ] as const;
    expect(buildFormula(kpi('AVG_DEAL_SIZE'), choices, 'excel', 'Deals')).toBe('=KPI.AVG_DEAL_SIZE(E2:E9, D2:D9, "Closed ""won""")');
    expect(buildFormula(kpi('PIPELINE_VELOCITY'), [20, 150000000, 0.5, 30].map((value) => ({ kind: 'number', value }) as const), 'excel', 'S'))
      .toBe('=KPI.PIPELINE_VELOCITY(20, 150000000, 0.5, 30)');
  });

  it('drops optional arguments left out at the end and keeps an empty one in the middle', () => {
    const amounts = { kind: 'range', ref: { sheet: 'D', address: 'E2:E9' } } as const;
    expect(buildFormula(kpi('AVG_DEAL_SIZE'), [amounts, { kind: 'omitted' }, { kind: 'omitted' }], 'sheets', 'D')).toBe('=AVG_DEAL_SIZE(E2:E9)');
    expect(buildFormula(kpi('AVG_DEAL_SIZE'), [amounts, { kind: 'omitted' }, { kind: 'text', value: 'won' }], 'sheets', 'D'))
      .toBe('=AVG_DEAL_SIZE(E2:E9, , "won")');
  });

  it('refuses a call without a required argument or with too many', () => {
    expect(() => buildFormula(kpi('CAC'), [{ kind: 'number', value: 1 }], 'excel', 'S')).toThrow('CAC: new_customers is required');
    expect(() => buildFormula(kpi('NPS'), [{ kind: 'omitted' }, { kind: 'omitted' }], 'excel', 'S')).toThrow('takes 1 arguments');
  });
});

describe('parseCall and kpiCall', () => {
  it('splits arguments, keeping commas inside strings, sheet names, parentheses and arrays', () => {
    expect(parseCall(`=KPI.AVG_DEAL_SIZE('Deals, 2024'!E2:E9, , "won, closed")`)).toEqual({
      name: 'KPI.AVG_DEAL_SIZE', args: [`'Deals, 2024'!E2:E9`, '', '"won, closed"'],
    });
    expect(parseCall('=NPS({10;9,8})')).toEqual({ name: 'NPS', args: ['{10;9,8}'] });
    expect(parseCall('=CAC(SUM(A1:A3, 5), 2)')).toEqual({ name: 'CAC', args: ['SUM(A1:A3, 5)', '2'] });
    expect(parseCall('=FUNNEL()')).toEqual({ name: 'FUNNEL', args: [] });
  });

  it('refuses formulas that are not a single call', () => {
    expect(parseCall('=NPS(A1:A9)*100')).toBeUndefined();
    expect(parseCall('=A1+1')).toBeUndefined();
    expect(parseCall('NPS(A1)')).toBeUndefined();
    expect(parseCall('=NPS(A1')).toBeUndefined();
  });

  it('finds the KPI by the name each host writes, whatever its case', () => {
    expect(kpiCall('=kpi.nps(B2:B9)', 'excel')?.def.id).toBe('NPS');
    expect(kpiCall('=KPI_GROWTH(A1, B1)', 'sheets')?.def.id).toBe('GROWTH');
    expect(kpiCall('=GROWTH(A1, B1)', 'sheets')).toBeUndefined();
    expect(kpiCall('=NPS(B2:B9)', 'excel')).toBeUndefined();
    expect(kpiCall('=SUM(B2:B9)', 'sheets')).toBeUndefined();
  });

  it('round-trips every registry function through build and parse in both hosts', () => {
    for (const def of REGISTRY) {
      for (const host of ['excel', 'sheets'] as const) {
        const choices = def.params.map((_, i) => ({ kind: 'range', ref: { sheet: 'Data sheet', address: `A${i + 2}:A9` } }) as const);
        const call = kpiCall(buildFormula(def, choices, host, 'Dashboard'), host);
        expect(call?.def.id).toBe(def.id);
        expect(call?.args).toEqual(def.params.map((_, i) => `'Data sheet'!A${i + 2}:A9`));
        expect(functionName(def, host)).toBe(host === 'excel' ? `KPI.${def.id}` : (def.sheetsName ?? def.id));
      }
    }
  });
});

describe('parseRangeText', () => {
  it('reads cells, ranges, whole and open columns, with or without a sheet', () => {
    expect(parseRangeText('B2:B9', 'Deals')).toEqual({ sheet: 'Deals', address: 'B2:B9' });
    expect(parseRangeText('$C$2', 'Deals')).toEqual({ sheet: 'Deals', address: 'C2' });
    expect(parseRangeText('Data!B:B', 'Deals')).toEqual({ sheet: 'Data', address: 'B:B' });
    expect(parseRangeText("'Q1 ''data'''!b2:b", 'Deals')).toEqual({ sheet: "Q1 'data'", address: 'B2:B' });
    expect(parseRangeText("'فروش'!A2:A10", 'Deals')).toEqual({ sheet: 'فروش', address: 'A2:A10' });
  });

  it('does not take numbers, text, booleans or names for ranges', () => {
    for (const text of ['5', '"B2"', 'TRUE', 'NPS', 'SUM(A1:A2)', '']) expect(parseRangeText(text, 'S'), text).toBeUndefined();
  });
});
