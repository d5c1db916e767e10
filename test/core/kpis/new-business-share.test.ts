import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'NEW_BUSINESS_SHARE';

describe('NEW_BUSINESS_SHARE(new_customer_sales, total_sales)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives new ÷ total, the new sales coming first', () => {
    expect(run(ID, [5000, 20000])).toBe(0.25);
    expect(run(ID, [36000, 120000])).toBe(0.3);
    expect(run(ID, [0, 120000])).toBe(0);
    expect(run(ID, ['۱۲٬۰۰۰', '۴۸٬۰۰۰'])).toBe(0.25);
  });

  it('gives #DIV/0! when there are no sales', () => {
    expectError(run(ID, [0, 0]), 'div0', 'NEW_BUSINESS_SHARE: total_sales is 0');
  });

  it('gives #NUM! when the new sales are more than the total', () => {
    expectError(run(ID, [30000, 20000]), 'num', 'NEW_BUSINESS_SHARE: new_customer_sales is 30000, more than total_sales (20000)');
  });

  it('gives #NUM! for negative sales', () => {
    expectError(run(ID, [-1, 100]), 'num', 'NEW_BUSINESS_SHARE: new_customer_sales is -1');
    expectError(run(ID, [1, -100]), 'num', 'NEW_BUSINESS_SHARE: total_sales is -100');
  });

  it('gives #VALUE! for blank or non-numeric sales', () => {
    expectError(run(ID, [5000, '']), 'value', 'NEW_BUSINESS_SHARE: total_sales is blank');
    expectError(run(ID, ['€5000€', 20000]), 'value', 'NEW_BUSINESS_SHARE: new_customer_sales is "€5000€"');
  });

  it('reads sales as an accounting export writes them, currency and all', () => {
    expect(run(ID, ['€5.000,00', '20.000,00 €'])).toBe(0.25);
  });

  it('spills per quarter', () => {
    expect(run(ID, [col(5000, 9000), col(20000, 36000)])).toEqual([[0.25], [0.25]]);
  });
});
