// The names of one insertion: the first free set, so a second insertion or a user's own sheet is never touched.
import { describe, expect, it } from 'vitest';
import { freeTemplateNames, templateNames, workbookNames } from '../../../ui/template/template-names';

describe('templateNames', () => {
  it('gives the first insertion plain names and the dashboard a name in the user\'s language', () => {
    const names = templateNames(1, 'en');
    expect(names.dashboardSheet).toBe('Dashboard');
    expect(names.sheets).toEqual({ deals: 'Deals', leads: 'Leads', orders: 'Orders', survey: 'Survey', spend: 'Spend' });
    expect(names.tables.deals).toBe('Deals');
    expect(names.columnRange('leads', 'firstResponse')).toBe('Leads_FirstResponse');
    expect(names.helper('rfmSegments')).toBe('Rfm_Segment');
    expect(templateNames(1, 'fa').dashboardSheet).toBe('داشبورد');
    expect(templateNames(1, 'el').dashboardSheet).toBe('Πίνακας ελέγχου');
  });

  it('numbers every name of a later insertion the same way', () => {
    const names = templateNames(3, 'el');
    expect(names.dashboardSheet).toBe('Πίνακας ελέγχου (3)');
    expect(names.sheets.spend).toBe('Spend (3)');
    expect(names.tables.spend).toBe('Spend_3');
    expect(names.columnRange('deals', 'status')).toBe('Deals_3_Status');
    expect(names.helper('funnelCounts')).toBe('Funnel_Count_3');
    expect(() => names.columnRange('deals', 'stage')).toThrow('The Deals sheet has no column "stage"');
  });

  it('lists every workbook name an insertion creates, all valid and distinct', () => {
    const names = workbookNames(templateNames(2, 'en'));
    expect(names).toHaveLength(5 + 22 + 12);
    expect(new Set(names).size).toBe(names.length);
    // A letter or underscore first, then letters, digits and underscores; nothing that reads as a cell (A1, R1C1).
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(name).not.toMatch(/^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i);
    }
  });
});

describe('freeTemplateNames', () => {
  it('takes the plain names in a workbook without them', () => {
    expect(freeTemplateNames(['Sheet1'], [], 'en').copy).toBe(1);
  });

  it('moves on when a user already has a sheet of that name, in any case', () => {
    expect(freeTemplateNames(['Sheet1', 'deals'], [], 'en').copy).toBe(2);
    expect(freeTemplateNames(['داشبورد'], [], 'fa').copy).toBe(2);
    expect(freeTemplateNames(['داشبورد'], [], 'en').copy).toBe(1);
  });

  it('moves on when a name the insertion would define is taken', () => {
    expect(freeTemplateNames([], ['funnel_count'], 'en').copy).toBe(2);
    expect(freeTemplateNames([], ['Deals_Status', 'Deals_2'], 'en').copy).toBe(3);
  });

  it('finds the next free set after earlier insertions', () => {
    const first = templateNames(1, 'en');
    const second = templateNames(2, 'en');
    const sheets = [first, second].flatMap((n) => [n.dashboardSheet, ...Object.values(n.sheets)]);
    const names = [first, second].flatMap(workbookNames);
    expect(freeTemplateNames(sheets, names, 'en').copy).toBe(3);
  });
});
