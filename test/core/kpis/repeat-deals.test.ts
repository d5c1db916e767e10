import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'REPEAT_DEALS';

describe('REPEAT_DEALS(accounts)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0']);

  it('gives (deals − distinct accounts) ÷ distinct accounts, accounts matched without case or spacing', () => {
    // 5 deals, 3 accounts (Acme ×3, Beta, Gamma): 2 repeat deals over 3 accounts.
    expect(run(ID, [col('Acme', 'Beta', 'Acme', 'Gamma', ' acme')])).toBe(2 / 3);
  });

  it('gives 0 when every account has one deal', () => {
    expect(run(ID, [col('A', 'B', 'C')])).toBe(0);
  });

  it('skips blank rows', () => {
    expect(run(ID, [col('A', '', 'A', null)])).toBe(1);
  });

  it('counts Persian names with Arabic or Persian yeh as one account', () => {
    expect(run(ID, [col('شرکت علي', 'شرکت علی', 'شركت رضا')])).toBe(0.5);
  });

  it('reads numeric account ids as labels', () => {
    expect(run(ID, [col(1001, 1001, 1002, '1002', 1003, 1001)])).toBe(1);
  });

  it('reads a block of accounts row by row', () => {
    expect(run(ID, [[['X', 'Y'], ['X', 'X']]])).toBe(1);
  });

  it('counts an account once whether its id is in Persian or Western digits', () => {
    expect(run(ID, [col('C۱۰۰۱', 'C1001', 1001, '۱۰۰۱')])).toBe(1);
  });

  it('gives #DIV/0! when there are no accounts', () => {
    expectError(run(ID, [col('', null, '  ')]), 'div0', 'REPEAT_DEALS: accounts has no account');
  });
});
