import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'ORDER_SIZE_GROWTH';

describe('ORDER_SIZE_GROWTH(previous_orders, current_orders)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0']);

  it('gives mean(current) ÷ mean(previous) − 1 for ranges of different lengths', () => {
    expect(run(ID, [col(200, 600), col(500, 500, 500)])).toBe(0.25);
    expect(run(ID, [col(100, 300), col(150)])).toBe(-0.25);
    expect(run(ID, [col(100, 300), col(400, 0)])).toBe(0);
  });

  it('skips blank orders', () => {
    expect(run(ID, [col(200, '', 600), col('', 500)])).toBe(0.25);
  });

  it('gives about 0.1 for 300 → 330 (close, not exact: 1.1 − 1 is not 0.1 in binary)', () => {
    expect(run(ID, [col(200, 400), col(330, 330)])).toBeCloseTo(0.1, 12);
  });

  it('gives #DIV/0! when previous_orders has no orders', () => {
    expectError(run(ID, [col('', null), col(100)]), 'div0', 'ORDER_SIZE_GROWTH: previous_orders has no orders');
  });

  it('gives #DIV/0! when current_orders has no orders', () => {
    expectError(run(ID, [col(100), col('')]), 'div0', 'ORDER_SIZE_GROWTH: current_orders has no orders');
  });

  it('gives #DIV/0! when the earlier average is 0', () => {
    expectError(run(ID, [col(0, 0), col(100)]), 'div0', 'ORDER_SIZE_GROWTH: previous_orders average 0');
  });

  it('gives #VALUE! for an order that is not a number, naming its row', () => {
    expectError(run(ID, [col(100), col(100, 'big')]), 'value', 'ORDER_SIZE_GROWTH: current_orders row 2 is "big", expected a number');
  });
});
