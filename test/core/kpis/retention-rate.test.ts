import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'RETENTION_RATE';

describe('RETENTION_RATE(customers_at_start, customers_at_end, new_customers)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num']);

  it('gives (end − new) ÷ start', () => {
    expect(run(ID, [200, 210, 30])).toBe(0.9);
    expect(run(ID, [80, 75, 15])).toBe(0.75);
    expect(run(ID, [50, 50, 0])).toBe(1);
    expect(run(ID, [50, 10, 10])).toBe(0);
  });

  it('gives #DIV/0! when there were no customers at the start', () => {
    expectError(run(ID, [0, 10, 10]), 'div0', 'RETENTION_RATE: customers_at_start is 0');
  });

  it('gives #NUM! when new customers are more than the customers at the end', () => {
    expectError(run(ID, [100, 40, 50]), 'num', 'RETENTION_RATE: new_customers is 50, more than customers_at_end (40)');
  });

  it('gives #NUM! when more customers are kept than there were at the start', () => {
    expectError(run(ID, [100, 130, 20]), 'num', 'RETENTION_RATE: customers_at_end minus new_customers is 110, more than customers_at_start (100)');
  });

  it('gives #NUM! for a negative count', () => {
    expectError(run(ID, [100, -1, 0]), 'num', 'RETENTION_RATE: customers_at_end is -1, expected a number of at least 0');
  });

  it('gives #VALUE! for a blank or non-numeric count', () => {
    expectError(run(ID, [100, 90, '']), 'value', 'RETENTION_RATE: new_customers is blank');
    expectError(run(ID, ['hundred', 90, 0]), 'value', 'RETENTION_RATE: customers_at_start is "hundred"');
  });

  it('spills per quarter', () => {
    expect(run(ID, [col(200, 80), col(210, 75), col(30, 15)])).toEqual([[0.9], [0.75]]);
  });
});
