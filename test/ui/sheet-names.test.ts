// Naming a new sheet whose name is taken, as both add-ins do.
import { describe, expect, it } from 'vitest';
import { numberedSheetName, uniqueSheetName } from '../../ui/sheet-names';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one from 2, ignoring case', () => {
    expect(uniqueSheetName('KPIs', ['Deals'])).toBe('KPIs');
    expect(uniqueSheetName('KPIs', ['kpis'])).toBe('KPIs (2)');
    expect(uniqueSheetName('KPIs', ['KPIs', 'KPIs (2)', 'kpis (3)'])).toBe('KPIs (4)');
    expect(uniqueSheetName('شاخص‌ها', new Set(['شاخص‌ها']))).toBe('شاخص‌ها (2)');
  });

  it('numbers the way the template numbers its sets', () => {
    expect(numberedSheetName('Deals', 1)).toBe('Deals');
    expect(numberedSheetName('Deals', 3)).toBe('Deals (3)');
  });
});
