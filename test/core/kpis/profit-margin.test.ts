import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'PROFIT_MARGIN';

describe('PROFIT_MARGIN(revenues, costs)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'value']);

  it('gives (Σ revenue − Σ cost) ÷ Σ revenue, weighting deals by revenue', () => {
    // Σ revenue 4000, Σ cost 2700.
    expect(run(ID, [col(1000, 2000, 1000), col(800, 1500, 400)])).toBe(0.325);
  });

  it('gives a negative margin for a loss', () => {
    expect(run(ID, [col(100), col(150)])).toBe(-0.5);
  });

  it('sums each range over its filled cells, as Σ revenue and Σ cost do', () => {
    // Σ revenue 2000 (blank skipped), Σ cost 750 (blank skipped): 1250 ÷ 2000.
    expect(run(ID, [col(1000, 1000, ''), col(500, '', 250)])).toBe(0.625);
  });

  it('reads amounts written with Persian digits and separators', () => {
    expect(run(ID, [col('۴٬۰۰۰'), col('۳٬۰۰۰')])).toBe(0.25);
  });

  it('gives #DIV/0! when the revenues add up to 0', () => {
    expectError(run(ID, [col('', ''), col(10, 20)]), 'div0', 'PROFIT_MARGIN: revenues add up to 0');
    expectError(run(ID, [col(100, -100), col(0, 0)]), 'div0', 'PROFIT_MARGIN: revenues add up to 0');
  });

  it('gives #VALUE! when the ranges differ in size, naming both', () => {
    expectError(run(ID, [col(1, 2, 3), col(1, 2)]), 'value', 'PROFIT_MARGIN: costs has 2 cells and revenues has 3');
  });

  it('gives #VALUE! for a cell that is not a number, naming its row', () => {
    expectError(run(ID, [col(1000, 2000), col(500, 'tbd')]), 'value', 'PROFIT_MARGIN: costs row 2 is "tbd", expected a number');
  });
});
