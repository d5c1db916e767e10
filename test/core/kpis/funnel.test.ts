import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'FUNNEL';

describe('FUNNEL(stage_counts, [stage_labels])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['num', 'div0', 'na']);

  it('gives label, count, conversion from the previous stage (1 for the first) and from the top', () => {
    expect(run(ID, [col(1000, 250, 50), col('Leads', 'SQLs', 'Customers')])).toEqual([
      ['Leads', 1000, 1, 1],
      ['SQLs', 250, 0.25, 0.25],
      ['Customers', 50, 0.2, 0.05],
    ]);
  });

  it('numbers the stages when there are no labels', () => {
    expect(run(ID, [col(1000, 400, 100, 25)])).toEqual([
      [1, 1000, 1, 1],
      [2, 400, 0.4, 0.4],
      [3, 100, 0.25, 0.1],
      [4, 25, 0.25, 0.025],
    ]);
  });

  it('skips blank counts and numbers the stages that remain', () => {
    expect(run(ID, [col(1000, '', 250)])).toEqual([[1, 1000, 1, 1], [2, 250, 0.25, 0.25]]);
    expect(run(ID, [col(1000, '', 250), col('Leads', 'Unused', 'SQLs')])).toEqual([['Leads', 1000, 1, 1], ['SQLs', 250, 0.25, 0.25]]);
  });

  it('uses the stage number where a label is blank', () => {
    expect(run(ID, [col(100, 50), col('Top', '')])).toEqual([['Top', 100, 1, 1], [2, 50, 0.5, 0.5]]);
  });

  it('allows a stage equal to the one before, and counts in Persian digits', () => {
    expect(run(ID, [col('۲۰۰', '۲۰۰', '۵۰')])).toEqual([[1, 200, 1, 1], [2, 200, 1, 1], [3, 50, 0.25, 0.25]]);
  });

  it('reads a stage row as well as a column', () => {
    expect(run(ID, [[[500, 100]], [['Visits', 'Leads']]])).toEqual([['Visits', 500, 1, 1], ['Leads', 100, 0.2, 0.2]]);
  });

  it('gives #NUM! for a stage larger than the one before, naming its row', () => {
    expectError(run(ID, [col(1000, 250, 300)]), 'num', 'FUNNEL: stage_counts row 3 is 300, larger than the stage before it (250)');
  });

  it('compares with the stage before across a blank row', () => {
    expectError(run(ID, [col(100, '', 120)]), 'num', 'FUNNEL: stage_counts row 3 is 120, larger than the stage before it (100)');
  });

  it('gives #NUM! for a negative count, naming its row', () => {
    expectError(run(ID, [col(100, -5)]), 'num', 'FUNNEL: stage_counts row 2 is -5, expected a number of at least 0');
  });

  it('gives #DIV/0! when the first stage is 0', () => {
    expectError(run(ID, [col(0, 0)]), 'div0', 'FUNNEL: stage_counts row 1 is 0 at the top of the funnel');
  });

  it('gives #DIV/0! for a stage that follows a stage of 0', () => {
    expectError(run(ID, [col(100, 0, 0)]), 'div0', 'FUNNEL: stage_counts row 3 follows a stage of 0');
  });

  it('gives #N/A when there are no counts', () => {
    expectError(run(ID, [col('', null)]), 'na', 'FUNNEL: stage_counts has no counts');
  });

  it('gives #VALUE! for text that is not a count, or labels of another size', () => {
    expectError(run(ID, [col(100, 'many')]), 'value', 'FUNNEL: stage_counts row 2 is "many", expected a number of at least 0');
    expectError(run(ID, [col(100, 50, 10), col('A', 'B')]), 'value', 'FUNNEL: stage_labels has 2 cells and stage_counts has 3');
  });
});
