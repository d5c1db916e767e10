import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'MQL_TO_SQL_RATE';

describe('MQL_TO_SQL_RATE(mqls, sqls)', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0', 'num', 'value']);

  it('gives 0.25 for 8000 MQLs and 2000 SQLs (catalog)', () => {
    expect(run(ID, [8000, 2000])).toBe(0.25);
  });

  it('reads "۸٬۰۰۰" and "۲۰۰۰" in Persian digits as 8000 and 2000 (catalog)', () => {
    expect(run(ID, ['۸٬۰۰۰', '۲۰۰۰'])).toBe(0.25);
  });

  it('reads Arabic-Indic digits and Excel-shaped 1×1 arguments', () => {
    expect(run(ID, ['٨٠٠٠', '٢٠٠٠'])).toBe(0.25);
    expect(run(ID, [[[1500]], [['۳۰۰']]])).toBe(0.2);
  });

  it('gives sqls ÷ mqls for other counts', () => {
    expect(run(ID, [640, 48])).toBe(0.075);
    expect(run(ID, [7, 2])).toBe(2 / 7);
  });

  it('gives #DIV/0! when there are no MQLs', () => {
    expectError(run(ID, [0, 0]), 'div0', 'MQL_TO_SQL_RATE: mqls is 0');
  });

  it('gives #NUM! when there are more SQLs than MQLs', () => {
    expectError(run(ID, [2000, 8000]), 'num', 'MQL_TO_SQL_RATE: sqls is 8000, more than mqls (2000)');
  });

  it('gives #NUM! for negative counts', () => {
    expectError(run(ID, [-1, 0]), 'num', 'MQL_TO_SQL_RATE: mqls is -1, expected a number of at least 0');
    expectError(run(ID, [10, '-2']), 'num', 'MQL_TO_SQL_RATE: sqls is "-2", expected a number of at least 0');
  });

  it('gives #VALUE! for blank or non-numeric counts', () => {
    expectError(run(ID, [null, 10]), 'value', 'MQL_TO_SQL_RATE: mqls is blank');
    expectError(run(ID, [8000, '2000 SQLs']), 'value', 'MQL_TO_SQL_RATE: sqls is "2000 SQLs", expected a number');
    expectError(run(ID, ['1,5,0', 1]), 'value', 'MQL_TO_SQL_RATE: mqls is "1,5,0"');
  });

  it('spills per month for monthly columns, naming the failing month', () => {
    const result = run(ID, [col(8000, 0), col(2000, 0)]) as unknown[][];
    expect(result[0]).toEqual([0.25]);
    expectError(result[1][0], 'div0', 'MQL_TO_SQL_RATE: mqls row 2 is 0');
  });
});
