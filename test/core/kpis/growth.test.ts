import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'GROWTH';

describe('GROWTH(previous, current)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0']);

  it('gives (current − previous) ÷ previous', () => {
    expect(run(ID, [200000, 250000])).toBe(0.25);
    expect(run(ID, [80, 60])).toBe(-0.25);
    expect(run(ID, [50, 50])).toBe(0);
    expect(run(ID, [40, 100])).toBe(1.5);
  });

  it('reads numeric text in any digit set', () => {
    expect(run(ID, ['1,200', '1,500'])).toBe(0.25);
    expect(run(ID, ['۸۰', '٦٠'])).toBe(-0.25);
  });

  it('follows the formula for a negative previous value (a loss shrinking from −100 to −50 is −0.5)', () => {
    expect(run(ID, [-100, -50])).toBe(-0.5);
  });

  it('gives #DIV/0! when previous is 0', () => {
    expectError(run(ID, [0, 100]), 'div0', 'GROWTH: previous is 0');
  });

  it('gives #VALUE! for a blank or non-numeric argument', () => {
    expectError(run(ID, [100, '']), 'value', 'GROWTH: current is blank, expected a number');
    expectError(run(ID, ['last year', 100]), 'value', 'GROWTH: previous is "last year", expected a number');
  });

  it('spills month over month, naming a month with nothing before it', () => {
    const result = run(ID, [col(100, 0, 150), col(150, 10, 120)]) as unknown[][];
    expect(result[0]).toEqual([0.5]);
    expectError(result[1][0], 'div0', 'GROWTH: previous row 2 is 0');
    expect(result[2]).toEqual([-0.2]);
  });
});
