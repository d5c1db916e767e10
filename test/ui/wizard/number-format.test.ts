import { describe, expect, it } from 'vitest';
import { findKpi, REGISTRY } from '../../../core';
import { numberFormatFor } from '../../../ui/wizard/number-format';

describe('numberFormatFor', () => {
  it('formats rates as percentages, money with grouped thousands, days with their unit in the user language', () => {
    expect(numberFormatFor(findKpi('WIN_RATE')!, 'en')).toBe('0.0%');
    expect(numberFormatFor(findKpi('CAC')!, 'fa')).toBe('#,##0');
    expect(numberFormatFor(findKpi('SALES_CYCLE')!, 'en')).toBe('0.0 "days"');
    expect(numberFormatFor(findKpi('SALES_CYCLE')!, 'fa')).toBe('0.0 "روز"');
    expect(numberFormatFor(findKpi('SALES_CYCLE')!, 'el')).toBe('0.0 "ημέρες"');
    expect(numberFormatFor(findKpi('NPS')!, 'en')).toBe('0');
  });

  it('leaves spilled tables and text (JALALI) in the general format and gives every other KPI a format', () => {
    for (const def of REGISTRY) {
      const format = numberFormatFor(def, 'en');
      if (def.result === 'table' || def.result === 'text') expect(format, def.id).toBeUndefined();
      else expect(format, def.id).toMatch(/0/);
    }
  });
});
