import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, num, run } from '../../helpers/kpi';

const ID = 'CAC';

describe('CAC(spend, new_customers)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'na']);

  it('gives 25,000 for 14,000,000 spent on 560 customers, so a customer worth 38,000 earns 13,000 (catalog)', () => {
    const cac = num(run(ID, [14000000, 560]));
    expect(cac).toBe(25000);
    expect(38000 - cac).toBe(13000);
  });

  it('gives 500 € for 10,000 € and 20 customers (catalog)', () => {
    expect(run(ID, [10000, 20])).toBe(500);
  });

  it('sums a range of cost lines, skipping blanks and reading numeric text', () => {
    // ads 1,200 + salaries 800 + tools ۵۰۰ = 2500 over 5 customers.
    expect(run(ID, [col('1,200', '', 800, '۵۰۰'), 5])).toBe(500);
  });

  it('sums a block of cost lines (months × channels)', () => {
    expect(run(ID, [[[1000, 500], [1500, 1000]], '۴'])).toBe(1000);
  });

  it('allows a negative line (a refund) when the total stays positive', () => {
    expect(run(ID, [col(1000, -200), 4])).toBe(200);
  });

  it('gives #DIV/0! for 0 new customers', () => {
    expectError(run(ID, [10000, 0]), 'div0', 'CAC: new_customers is 0');
  });

  it('gives #NUM! for a negative customer count', () => {
    expectError(run(ID, [10000, -3]), 'num', 'CAC: new_customers is -3, expected a number of at least 0');
  });

  it('gives #N/A, not a cost of 0, when the spend range is empty', () => {
    expectError(run(ID, [col('', null), 5]), 'na', 'CAC: spend has no amounts');
  });

  it('gives #NUM! when the spend adds up to less than 0', () => {
    expectError(run(ID, [col(500, -1000), 5]), 'num', 'CAC: spend adds up to -500, expected at least 0');
  });

  it('gives #VALUE! for a cost line that is not a number, naming its row', () => {
    expectError(run(ID, [col(1000, 'ads'), 5]), 'value', 'CAC: spend row 2 is "ads", expected a number');
  });

  it('gives #VALUE! for a blank customer count or a range of counts', () => {
    expectError(run(ID, [1000, '']), 'value', 'CAC: new_customers is blank');
    expectError(run(ID, [1000, col(5, 6)]), 'value', 'CAC: new_customers takes a single value, got a range of 2 cells');
  });
});
