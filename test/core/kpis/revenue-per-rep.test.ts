import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'REVENUE_PER_REP';

describe('REVENUE_PER_REP(revenue, reps)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'na']);

  it('divides total revenue by a headcount', () => {
    expect(run(ID, [900000, 3])).toBe(300000);
    expect(run(ID, [col(100000, 200000, ''), '۴'])).toBe(75000);
  });

  it('counts each distinct rep name once, matching case, Greek accents and spacing', () => {
    // Ελένη = ΕΛΕΝΗ, Sara = "sara "; three reps.
    const reps = col('Ελένη', 'ΕΛΕΝΗ', 'Νίκος', 'Sara', '', 'sara ');
    expect(run(ID, [col('250,000', 150000), reps])).toBe(400000 / 3);
  });

  it('counts a single name as one rep', () => {
    expect(run(ID, [5000, 'Sara'])).toBe(5000);
  });

  it('gives #DIV/0! when there are no reps', () => {
    expectError(run(ID, [900000, 0]), 'div0', 'REVENUE_PER_REP: reps has no rep');
    expectError(run(ID, [900000, col('', null)]), 'div0', 'REVENUE_PER_REP: reps has no rep');
  });

  it('gives #N/A, not a revenue of 0, when the revenue range is empty', () => {
    expectError(run(ID, [col('', null), 3]), 'na', 'REVENUE_PER_REP: revenue has no amounts');
  });

  it('gives #NUM! for a negative headcount', () => {
    expectError(run(ID, [900000, -2]), 'num', 'REVENUE_PER_REP: reps is -2, expected a headcount of at least 0');
  });

  it('gives #VALUE! for revenue that is not a number', () => {
    expectError(run(ID, [col(100, 'q3'), 2]), 'value', 'REVENUE_PER_REP: revenue row 2 is "q3", expected a number');
  });
});
