// The wizard's data check: every finding kind with exact counts and cells, and agreement with what runKpi accepts.
import { describe, expect, it } from 'vitest';
import { defineKpi, isKpiError, REGISTRY, runKpi, type KpiDefinition } from '../../../core';
import {
  checkData, DATE_SPANS, MAX_LISTED, STATUS_PARAMS, UNIQUE_PER_ROW_PARAMS, type Finding,
} from '../../../ui/wizard/data-check';
import { col, kpi } from '../../helpers/kpi';

function check(id: string, args: readonly unknown[]): Finding[] {
  return checkData(kpi(id), args);
}

function ofKind(findings: readonly Finding[], kind: Finding['kind']): Finding[] {
  return findings.filter((finding) => finding.kind === kind);
}

describe('clean data', () => {
  it('finds nothing in clean ranges', () => {
    expect(check('NPS', [col(10, 9, '۸', 0)])).toEqual([]);
    expect(check('SALES_CYCLE', [col('2024-01-01', '1402/12/01'), col('2024-01-31', '1403/01/15')])).toEqual([]);
    expect(check('WIN_RATE', [col('Won', 'lost', 'CLOSED WON', ' closed lost ')])).toEqual([]);
    expect(check('RFM', [col('A', 'B'), col('2024-03-01', 45000), col(100, '۲۰۰')])).toEqual([]);
  });

  it('finds nothing in single values, and skips arguments left out or given as null', () => {
    expect(check('CAC', [14000000, 560])).toEqual([]);
    expect(check('GROWTH', ['abc', ''])).toEqual([]);
    expect(check('AVG_DEAL_SIZE', [col(1000, 3000), null, undefined])).toEqual([]);
    expect(check('BY_SOURCE', [col('web', 'email')])).toEqual([]);
  });
});

describe('size-mismatch', () => {
  it('reports the cells of the larger range that have no partner, once per pair', () => {
    expect(check('PROFIT_MARGIN', [col(1000, 3000, 500, 200, 100), col(600, 1400, 300)])).toEqual([
      { kind: 'size-mismatch', param: 'revenues', count: 2, cells: [3, 4], values: ['costs'] },
    ]);
    expect(check('SALES_CYCLE', [col('2024-01-01'), col('2024-01-02', '2024-01-03')])).toEqual([
      { kind: 'size-mismatch', param: 'close_dates', count: 1, cells: [1], values: ['start_dates'] },
    ]);
  });

  it('checks each pair of a group read row by row', () => {
    const findings = check('RFM', [col('A', 'B', 'C'), col('2024-03-01', '2024-03-02', '2024-03-03'), col(1, 2)]);
    expect(findings).toEqual([{ kind: 'size-mismatch', param: 'customers', count: 1, cells: [2], values: ['amounts'] }]);
  });

  it('lists at most the first 10 cells but counts them all', () => {
    const revenues = Array.from({ length: 17 }, (_, i) => [i + 1]);
    expect(check('PROFIT_MARGIN', [revenues, col(1, 2)])).toEqual([
      { kind: 'size-mismatch', param: 'revenues', count: 15, cells: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], values: ['costs'] },
    ]);
    expect(MAX_LISTED).toBe(10);
  });

  it('still checks the rows both ranges have', () => {
    const findings = check('SALES_CYCLE', [col('2024-01-10', '2024-01-01', '2024-01-01'), col('2024-01-01', '2024-01-05')]);
    expect(findings).toEqual([
      { kind: 'size-mismatch', param: 'start_dates', count: 1, cells: [2], values: ['close_dates'] },
      { kind: 'close-before-start', param: 'close_dates', count: 1, cells: [0] },
    ]);
  });
});

describe('text-among-numbers', () => {
  it('flags every cell that is not a number, with the distinct texts; Persian digits and thousands separators are numbers', () => {
    expect(check('NPS', [col(10, 'abc', 9, '۸', true, 'n/a', 'abc', '1,5,0')])).toEqual([
      { kind: 'text-among-numbers', param: 'scores', count: 5, cells: [1, 4, 5, 6, 7], values: ['abc', 'TRUE', 'n/a', '1,5,0'] },
    ]);
    expect(check('AVG_DEAL_SIZE', [col('۸٬۰۰۰', '1,200.50', '12%', 'twelve')])).toEqual([
      { kind: 'text-among-numbers', param: 'amounts', count: 1, cells: [3], values: ['twelve'] },
    ]);
  });

  it('gives row-major indexes in a two-dimensional range', () => {
    expect(check('CAC', [[[100, 'x'], ['y', 400]], 20])).toEqual([
      { kind: 'text-among-numbers', param: 'spend', count: 2, cells: [1, 2], values: ['x', 'y'] },
    ]);
  });

  it('checks ranges given for single values, which the call spills over', () => {
    expect(check('GROWTH', [col(100, 'x', '', 200), col(150, 100, 120, 'y')])).toEqual([
      { kind: 'text-among-numbers', param: 'previous', count: 1, cells: [1], values: ['x'] },
      { kind: 'blanks', param: 'previous', count: 1, cells: [2] },
      { kind: 'text-among-numbers', param: 'current', count: 1, cells: [3], values: ['y'] },
    ]);
  });

  it('flags text among mostly numeric ratings only: text ratings are valid on their own', () => {
    expect(check('CSAT', [col(5, 4, 'good', 3, 'N/A', '')])).toEqual([
      { kind: 'text-among-numbers', param: 'ratings', count: 2, cells: [2, 4], values: ['good', 'N/A'] },
      { kind: 'blanks', param: 'ratings', count: 1, cells: [5] },
    ]);
    expect(check('CSAT', [col('عالی', 'خوب', 'Κακό', 5)])).toEqual([]);
  });
});

describe('not-a-date', () => {
  it('flags cells that are not dates, reading ISO, Solar Hijri, serial numbers and Date objects as dates', () => {
    const starts = col('2024-01-01', 'abc', '2024-02-30', 45000, new Date(2024, 0, 5), -3, '۱۴۰۲/۱۲/۰۱', true);
    const closes = col('2024-02-01', '2024-02-01', '2024-03-01', 45010, new Date(2024, 0, 9), 45000, '1403/01/15', 45000);
    expect(check('SALES_CYCLE', [starts, closes])).toEqual([
      { kind: 'not-a-date', param: 'start_dates', count: 4, cells: [1, 2, 5, 7], values: ['abc', '2024-02-30', '-3', 'TRUE'] },
    ]);
  });
});

describe('blanks', () => {
  it('counts blank cells of each range argument: null, undefined, "", spaces, and 0 among dates', () => {
    expect(check('REPEAT_DEALS', [col('Acme', null, '  ', 'Beta', undefined, '')])).toEqual([
      { kind: 'blanks', param: 'accounts', count: 4, cells: [1, 2, 4, 5] },
    ]);
    expect(check('ORDER_SIZE_GROWTH', [col(100, 0, ''), col('', 250)])).toEqual([
      { kind: 'blanks', param: 'previous_orders', count: 1, cells: [2] },
      { kind: 'blanks', param: 'current_orders', count: 1, cells: [0] },
    ]);
    const findings = check('SALES_CYCLE', [col('2024-01-01', 0), col('2024-01-02', '2024-01-03')]);
    expect(ofKind(findings, 'blanks')).toEqual([{ kind: 'blanks', param: 'start_dates', count: 1, cells: [1] }]);
  });

  it('counts blank names among reps', () => {
    expect(check('REVENUE_PER_REP', [col(100, 200), col('Sara', '', 'Nikos')])).toEqual([
      { kind: 'blanks', param: 'reps', count: 1, cells: [1] },
    ]);
  });
});

describe('close-before-start', () => {
  it('flags the rows of SALES_CYCLE whose close date is before the start date', () => {
    const starts = col('2024-01-10', '2024-01-01', '1402/12/15', '2024-05-01', '2024-01-01');
    const closes = col('2024-01-09', '2024-01-01', '1402/12/14', '2024-04-30', 'not yet');
    expect(check('SALES_CYCLE', [starts, closes])).toEqual([
      { kind: 'not-a-date', param: 'close_dates', count: 1, cells: [4], values: ['not yet'] },
      { kind: 'close-before-start', param: 'close_dates', count: 3, cells: [0, 2, 3] },
    ]);
  });

  it('compares clock times in AVG_RESPONSE_TIME', () => {
    const received = col('2024-03-05 09:00', '2024-03-05 10:00', '2024-03-05 12:00');
    const responded = col('2024-03-05 08:59', '2024-03-05 10:00', '2024-03-05 13:00');
    expect(check('AVG_RESPONSE_TIME', [received, responded])).toEqual([
      { kind: 'close-before-start', param: 'responded', count: 1, cells: [0] },
    ]);
  });
});

describe('unknown-status', () => {
  it('lists the distinct statuses that are neither won nor lost by the defaults', () => {
    expect(check('WIN_RATE', [col('Won', 'Open', 'Lost', 'open ', 'Pending', '', 'OPEN', 'closed won')])).toEqual([
      { kind: 'blanks', param: 'statuses', count: 1, cells: [5] },
      { kind: 'unknown-status', param: 'statuses', count: 4, cells: [1, 3, 4, 6], values: ['Open', 'Pending'] },
    ]);
  });

  it('uses the won and lost labels of the call, matched as the KPI matches them', () => {
    const statuses = col('بسته شد', 'از دست رفت', 'Won', 'بسته‌شد', 'در جریان');
    expect(check('WIN_RATE', [statuses, 'بسته شد', 'از دست رفت'])).toEqual([
      { kind: 'unknown-status', param: 'statuses', count: 2, cells: [2, 4], values: ['Won', 'در جریان'] },
    ]);
    expect(check('WIN_RATE', [col('Won', 'Verloren', 'Lost'), null, 'Verloren'])).toEqual([
      { kind: 'unknown-status', param: 'statuses', count: 1, cells: [2], values: ['Lost'] },
    ]);
  });

  it('checks AVG_DEAL_SIZE statuses against its won label and the default lost labels', () => {
    const findings = check('AVG_DEAL_SIZE', [col(100, 200, 300), col('Κερδισμένη', 'Lost', 'Ανοιχτή'), 'ΚΕΡΔΙΣΜΈΝΗ']);
    expect(ofKind(findings, 'unknown-status')).toEqual([
      { kind: 'unknown-status', param: 'statuses', count: 1, cells: [2], values: ['Ανοιχτή'] },
    ]);
  });
});

describe('duplicate-ids', () => {
  it('flags every cell of a repeated funnel stage name, compared as labels', () => {
    expect(check('FUNNEL', [col(1000, 250, 50, 10), col('Leads', 'SQL', 'sql ', 'Leads')])).toEqual([
      { kind: 'duplicate-ids', param: 'stage_labels', count: 4, cells: [0, 1, 2, 3], values: ['Leads', 'SQL'] },
    ]);
  });

  it('does not flag repeats where they are expected: RFM customers, accounts, sources, reps', () => {
    expect(check('RFM', [col('A', 'A'), col('2024-01-01', '2024-02-01'), col(1, 2)])).toEqual([]);
    expect(check('REPEAT_DEALS', [col('Acme', 'Acme')])).toEqual([]);
    expect(check('BY_SOURCE', [col('web', 'web'), col(1, 2)])).toEqual([]);
    expect(check('REVENUE_PER_REP', [col(1, 2), col('Sara', 'sara')])).toEqual([]);
  });

  it('works for any parameter named in UNIQUE_PER_ROW_PARAMS, in a definition of its own', () => {
    const uniqueName = [...UNIQUE_PER_ROW_PARAMS][0];
    const local: KpiDefinition = defineKpi({
      id: 'LOCAL_IDS',
      group: 'pipeline',
      summary: 'A test definition.',
      formula: 'count',
      params: [
        { name: uniqueName, kind: 'labels', description: 'Ids.' },
        { name: 'other', kind: 'labels', description: 'Repeats allowed.' },
      ],
      result: 'number',
      errors: [],
      examples: [],
      compute: (ids) => ids.length,
    });
    expect(checkData(local, [col(7, 'D-1', '7', ' d-1 ', 8, null, 'D-1'), col('x', 'x')])).toEqual([
      { kind: 'blanks', param: uniqueName, count: 1, cells: [5] },
      { kind: 'duplicate-ids', param: uniqueName, count: 5, cells: [0, 1, 2, 3, 6], values: ['7', 'D-1'] },
    ]);
  });
});

describe('skipped-rows', () => {
  it('SALES_CYCLE: open deals, deals without a start, and blank rows', () => {
    const starts = col('2024-01-01', '2024-03-01', '', '2024-02-01', '', '2024-04-01');
    const closes = col('2024-01-31', '', '2024-03-05', '2024-03-12', '', null);
    expect(check('SALES_CYCLE', [starts, closes])).toEqual([
      { kind: 'blanks', param: 'start_dates', count: 2, cells: [2, 4] },
      { kind: 'blanks', param: 'close_dates', count: 3, cells: [1, 4, 5] },
      { kind: 'skipped-rows', param: 'close_dates', count: 2, cells: [1, 5], values: ['open-deal'] },
      { kind: 'skipped-rows', param: 'start_dates', count: 1, cells: [2], values: ['no-start-date'] },
      { kind: 'skipped-rows', param: 'start_dates', count: 1, cells: [4], values: ['blank-row'] },
    ]);
  });

  it('AVG_RESPONSE_TIME: leads not yet answered and answers without an arrival time', () => {
    const received = col('2024-03-05 09:00', '2024-03-05 10:00', '');
    const responded = col('', '2024-03-05 11:00', '2024-03-05 12:00');
    expect(ofKind(check('AVG_RESPONSE_TIME', [received, responded]), 'skipped-rows')).toEqual([
      { kind: 'skipped-rows', param: 'responded', count: 1, cells: [0], values: ['no-response'] },
      { kind: 'skipped-rows', param: 'received', count: 1, cells: [2], values: ['no-arrival-time'] },
    ]);
  });

  it('BY_SOURCE: values without a source count under (none); a source without a value still counts', () => {
    const findings = check('BY_SOURCE', [col('web', '', 'email', '', 'web', ''), col(100, 200, '', 300, 50, '')]);
    expect(findings).toEqual([
      { kind: 'blanks', param: 'sources', count: 3, cells: [1, 3, 5] },
      { kind: 'blanks', param: 'values', count: 2, cells: [2, 5] },
      { kind: 'skipped-rows', param: 'sources', count: 1, cells: [5], values: ['blank-row'] },
    ]);
  });

  it('BY_SOURCE without values, or with statuses: rows with no source, and deals not won', () => {
    expect(ofKind(check('BY_SOURCE', [col('web', '', 'email')]), 'skipped-rows')).toEqual([]);
    expect(ofKind(check('BY_SOURCE', [col('web', '', 'email'), undefined, col('Won', 'Won', 'Lost')]), 'skipped-rows')).toEqual([
      { kind: 'skipped-rows', param: 'sources', count: 1, cells: [1], values: ['no-source'] },
      { kind: 'skipped-rows', param: 'statuses', count: 1, cells: [2], values: ['not-won'] },
    ]);
  });

  it('SALES_CYCLE with statuses: open deals are left out, and those carrying a close date are warned of', () => {
    const findings = check('SALES_CYCLE', [
      col('2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01'),
      col('2024-01-11', '2024-01-21', '2024-01-31', '', '2023-12-01'),
      col('Closed Won', 'Closed Lost', 'Appointment scheduled', 'Qualification', 'Contract sent'),
    ]);
    expect(findings).toEqual([
      { kind: 'blanks', param: 'close_dates', count: 1, cells: [3] },
      { kind: 'unknown-status', param: 'statuses', count: 3, cells: [2, 3, 4], values: ['Appointment scheduled', 'Qualification', 'Contract sent'] },
      { kind: 'open-with-close-date', param: 'close_dates', count: 2, cells: [2, 4] },
      { kind: 'skipped-rows', param: 'statuses', count: 3, cells: [2, 3, 4], values: ['open-deal'] },
    ]);
  });

  it('uses the won and lost labels given, one or several', () => {
    const findings = check('WIN_RATE', [col('A', 'B', 'C', 'D'), 'A', col('B', 'C')]);
    expect(findings).toEqual([{ kind: 'unknown-status', param: 'statuses', count: 1, cells: [3], values: ['D'] }]);
  });

  it('AVG_DEAL_SIZE with statuses: rows without an amount, without a status, or not won', () => {
    const findings = check('AVG_DEAL_SIZE', [col(100, '', 300, 400, 500, ''), col('Won', 'Won', 'Lost', '', 'won', '')]);
    expect(ofKind(findings, 'skipped-rows')).toEqual([
      { kind: 'skipped-rows', param: 'amounts', count: 1, cells: [1], values: ['no-amount'] },
      { kind: 'skipped-rows', param: 'statuses', count: 1, cells: [2], values: ['not-won'] },
      { kind: 'skipped-rows', param: 'statuses', count: 1, cells: [3], values: ['no-status'] },
      { kind: 'skipped-rows', param: 'amounts', count: 1, cells: [5], values: ['blank-row'] },
    ]);
  });

  it('AVG_DEAL_SIZE without statuses skips nothing row by row: blanks are only blanks', () => {
    expect(check('AVG_DEAL_SIZE', [col(100, '', 300)])).toEqual([{ kind: 'blanks', param: 'amounts', count: 1, cells: [1] }]);
  });

  it('FUNNEL: a stage name without a count', () => {
    expect(ofKind(check('FUNNEL', [col(1000, '', 50), col('Leads', 'SQLs', 'Customers')]), 'skipped-rows')).toEqual([
      { kind: 'skipped-rows', param: 'stage_counts', count: 1, cells: [1], values: ['no-count'] },
    ]);
  });

  it('RFM: fully blank rows are skipped; partly blank rows show as blanks', () => {
    const customers = col('A', '', 'B', '', null);
    const dates = col('2024-01-01', '', '2024-02-01', '2024-02-02', 0);
    const amounts = col(100, '', '', 50, undefined);
    expect(check('RFM', [customers, dates, amounts])).toEqual([
      { kind: 'blanks', param: 'customers', count: 3, cells: [1, 3, 4] },
      { kind: 'blanks', param: 'order_dates', count: 2, cells: [1, 4] },
      { kind: 'blanks', param: 'amounts', count: 3, cells: [1, 2, 4] },
      { kind: 'skipped-rows', param: 'customers', count: 2, cells: [1, 4], values: ['blank-row'] },
    ]);
  });
});

describe('agreement with the core', () => {
  it('names only parameters of the registry in its generic sets', () => {
    const names = new Set(REGISTRY.flatMap((def) => def.params.map((p) => p.name)));
    for (const name of [...DATE_SPANS.flatMap(({ start, end }) => [start, end]), ...STATUS_PARAMS, ...UNIQUE_PER_ROW_PARAMS]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('finds a problem that stops runKpi in every failing example, and none in the examples that compute', () => {
    const stopping: readonly Finding['kind'][] = [
      'size-mismatch', 'text-among-numbers', 'not-a-date', 'ambiguous-date-order', 'conflicting-date-order', 'close-before-start',
    ];
    for (const def of REGISTRY) {
      for (const example of def.examples) {
        const findings = checkData(def, example.args).filter((finding) => stopping.includes(finding.kind));
        const result = runKpi(def, example.args);
        if (!isKpiError(result)) expect(findings, example.formula).toEqual([]);
        else if (result.kind === 'value') expect(findings.length, example.formula).toBeGreaterThan(0);
      }
    }
  });

  it('flags the cell runKpi stops at, and the ones after it', () => {
    const args = [col(10, 'abc', 9, 'x')];
    expect(runKpi(kpi('NPS'), args)).toMatchObject({ message: 'NPS: scores row 2 is "abc", expected a whole number 0–10' });
    expect(check('NPS', args)).toEqual([{ kind: 'text-among-numbers', param: 'scores', count: 2, cells: [1, 3], values: ['abc', 'x'] }]);
  });
});

describe('arguments left out', () => {
  it('leaves out an optional range given as one blank value, as runKpi does, instead of reporting sizes', () => {
    expect(checkData(kpi('AVG_DEAL_SIZE'), [[[1000], [3000]], '', 'won'])).toEqual([]);
    expect(checkData(kpi('AVG_DEAL_SIZE'), [[[1000], [3000]], null])).toEqual([]);
  });
});

describe('slashed dates', () => {
  it('reads a column in the order its cells decide, so 1/6/2025 beside 12/14/2024 is a date', () => {
    expect(check('SALES_CYCLE', [col('12/14/2024', '1/6/2025'), col('12/20/2024', '1/9/2025')])).toEqual([]);
  });

  it('reports dates whose order no cell decides, and asks for 2024-02-01', () => {
    expect(check('SALES_CYCLE', [col('01/02/2024', '03/04/2024'), col('05/02/2024', '06/04/2024')])).toEqual([
      { kind: 'ambiguous-date-order', param: 'start_dates', count: 2, cells: [0, 1], values: ['01/02/2024', '03/04/2024'] },
      { kind: 'ambiguous-date-order', param: 'close_dates', count: 2, cells: [0, 1], values: ['05/02/2024', '06/04/2024'] },
    ]);
  });

  it('borrows the order of the call\'s other dates when a column cannot decide alone', () => {
    expect(check('SALES_CYCLE', [col('26/01/2024', '03/02/2024'), col('05/02/2024', '06/04/2024')])).toEqual([]);
  });

  it('reports a column that shows both orders, naming a cell of each', () => {
    expect(check('SALES_CYCLE', [col('26/01/2024', '12/14/2024'), col('27/01/2024', '2024-12-20')])).toEqual([
      { kind: 'conflicting-date-order', param: 'start_dates', count: 2, cells: [0, 1], values: ['26/01/2024', '12/14/2024'] },
    ]);
  });
});
