import { describe, expect, it } from 'vitest';
import { expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'QUOTE_TO_INVOICE';

describe('QUOTE_TO_INVOICE(quotes, invoices)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives invoices ÷ quotes', () => {
    expect(run(ID, [80, 60])).toBe(0.75);
    expect(run(ID, [64, 8])).toBe(0.125);
    expect(run(ID, ['۴۰', '۱۰'])).toBe(0.25);
  });

  it('gives #DIV/0! when no quote was sent', () => {
    expectError(run(ID, [0, 0]), 'div0', 'QUOTE_TO_INVOICE: quotes is 0');
  });

  it('gives #NUM! for more invoices than quotes, or a negative count', () => {
    expectError(run(ID, [5, 6]), 'num', 'QUOTE_TO_INVOICE: invoices is 6, more than quotes (5)');
    expectError(run(ID, [-5, 0]), 'num', 'QUOTE_TO_INVOICE: quotes is -5');
  });

  it('gives #VALUE! for a blank or non-numeric count', () => {
    expectError(run(ID, [80, null]), 'value', 'QUOTE_TO_INVOICE: invoices is blank');
    expectError(run(ID, ['eighty', 60]), 'value', 'QUOTE_TO_INVOICE: quotes is "eighty"');
  });

  it('spills along a row of months', () => {
    expect(run(ID, [[[80, 40]], [[60, 10]]])).toEqual([[0.75, 0.25]]);
  });
});
