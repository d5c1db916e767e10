import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'AVG_DEAL_SIZE';

describe('AVG_DEAL_SIZE(amounts, [statuses], [won_label])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'value']);

  it('averages the amounts, skipping blanks and reading numeric text', () => {
    expect(run(ID, [col(1200, '', 800, '2,500')])).toBe(1500);
    expect(run(ID, [col('۱۰۰۰', '٢٠٠٠')])).toBe(1500);
  });

  it('averages an amount that does not divide evenly to the exact quotient', () => {
    expect(run(ID, [col(1000, 2000, 2000)])).toBe(5000 / 3);
  });

  it('averages only won deals when statuses are given', () => {
    // won: 4000 and 6000; lost 1000; open 9000; blank status 500.
    expect(run(ID, [col(4000, 1000, 9000, 6000, 500), col('Won', 'Lost', 'Open', 'closed won', '')])).toBe(5000);
  });

  it('averages won deals marked in Persian or Greek without a typed label', () => {
    expect(run(ID, [col(1000, 3000, 500, 7000), col('موفق', 'Κερδισμένη', 'ناموفق', 'χάθηκε')])).toBe(2000);
  });

  it('uses a custom won label, in any case and with Persian yeh/kaf variants', () => {
    expect(run(ID, [col(1000, 2000, 4000), col('Ganhou', 'Perdeu', 'ganhou'), 'GANHOU'])).toBe(2500);
    expect(run(ID, [col(300, 100), col('برنده شدي', 'باخت'), 'برنده شدی'])).toBe(300);
  });

  it('skips a won deal whose amount is blank', () => {
    expect(run(ID, [col(1000, ''), col('Won', 'Won')])).toBe(1000);
  });

  it('gives #DIV/0! when there is no amount to average', () => {
    expectError(run(ID, [col('', null)]), 'div0', 'AVG_DEAL_SIZE: amounts', 'no amount to average');
  });

  it('gives #DIV/0! when no deal is won', () => {
    expectError(run(ID, [col(1000, 2000), col('Lost', 'Open')]), 'div0', 'AVG_DEAL_SIZE: statuses has no won deal with an amount');
  });

  it('gives #VALUE! when amounts and statuses differ in size, naming both', () => {
    expectError(run(ID, [col(1000, 2000, 3000), col('Won', 'Lost')]), 'value', 'AVG_DEAL_SIZE: statuses has 2 cells and amounts has 3');
  });

  it('gives #VALUE! for an amount that is not a number, naming its row', () => {
    expectError(run(ID, [col(1000, 'n/a', 3000)]), 'value', 'AVG_DEAL_SIZE: amounts row 2 is "n/a", expected a number');
    expectError(run(ID, [col(1000, true)]), 'value', 'AVG_DEAL_SIZE: amounts row 2 is TRUE');
  });
});
