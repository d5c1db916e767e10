// Header words and column matching for the KPI wizard: coverage of the registry, and matches in English, Persian and Greek.
import { describe, expect, it } from 'vitest';
import { isColumnKind, REGISTRY } from '../../../core';
import { readFileValues } from '../../../web-workbook/file-import';
import { CRM_EXPORTS } from '../../helpers/crm-exports';
import { HEADER_WORDS, headerKey, matchColumns, proposeColumns } from '../../../ui/wizard/columns';
import { kpi } from '../../helpers/kpi';

const PERSIAN = /[\u0600-\u06ff]/;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const ENGLISH = /^[\x20-\x7e]+$/;

const RANGE_PARAMS = REGISTRY.flatMap((def) => def.params.filter((p) => isColumnKind(p.kind)).map((p) => ({ def, param: p.name })));

/** The first word of a parameter's list in one script. */
function firstWord(param: string, script: RegExp): string {
  const word = HEADER_WORDS[param].find((w) => script.test(w));
  if (!word) throw new Error(`${param} has no word in ${script}`);
  return word;
}

describe('HEADER_WORDS', () => {
  it('has a word list for every range parameter of every registry KPI', () => {
    for (const { def, param } of RANGE_PARAMS) expect(HEADER_WORDS[param], `${def.id} ${param}`).toBeDefined();
  });

  it('has only keys that are range parameters of some registry KPI', () => {
    const names = new Set(RANGE_PARAMS.map(({ param }) => param));
    for (const key of Object.keys(HEADER_WORDS)) expect(names.has(key), key).toBe(true);
  });

  it('covers the 25 distinct range parameter names of the registry', () => {
    expect(Object.keys(HEADER_WORDS).sort()).toEqual([
      'accounts', 'amounts', 'close_dates', 'costs', 'current_orders', 'customers', 'dates', 'months', 'mrr', 'order_dates', 'previous_orders',
      'ratings', 'received', 'reps', 'responded', 'revenue', 'revenues', 'scores', 'sources', 'spend',
      'stage_counts', 'stage_labels', 'start_dates', 'statuses', 'values',
    ]);
  });

  it('gives every parameter words in English, Persian and Greek', () => {
    for (const [param, words] of Object.entries(HEADER_WORDS)) {
      expect(words.some((w) => ENGLISH.test(w)), `${param} in English`).toBe(true);
      expect(words.some((w) => PERSIAN.test(w)), `${param} in Persian`).toBe(true);
      expect(words.some((w) => GREEK.test(w)), `${param} in Greek`).toBe(true);
    }
  });

  it('lists each word once per parameter, as the header key sees it', () => {
    for (const [param, words] of Object.entries(HEADER_WORDS)) {
      const keys = words.map(headerKey);
      expect(new Set(keys).size, param).toBe(keys.length);
    }
  });

  it('never gives two parameters of one KPI the same word', () => {
    for (const def of REGISTRY) {
      const owner = new Map<string, string>();
      for (const p of def.params.filter((q) => isColumnKind(q.kind))) {
        for (const word of HEADER_WORDS[p.name]) {
          const key = headerKey(word);
          expect(owner.get(key), `${def.id}: "${word}" is a word of ${owner.get(key)} and ${p.name}`).toBeUndefined();
          owner.set(key, p.name);
        }
      }
    }
  });

  it('holds the words the issue names', () => {
    expect(HEADER_WORDS.statuses).toEqual(expect.arrayContaining(['Status', 'Stage', 'Deal stage', 'وضعیت', 'مرحله', 'Κατάσταση', 'Στάδιο']));
    expect(HEADER_WORDS.amounts).toEqual(expect.arrayContaining(['Amount', 'Value', 'Deal value', 'Revenue', 'مبلغ', 'ارزش', 'Ποσό', 'Αξία']));
    expect(HEADER_WORDS.start_dates).toEqual(expect.arrayContaining([
      'Created', 'Created date', 'Start date', 'First contact', 'تاریخ ایجاد', 'تاریخ شروع', 'Ημερομηνία δημιουργίας',
    ]));
    expect(HEADER_WORDS.close_dates).toEqual(expect.arrayContaining(['Closed', 'Close date', 'تاریخ بستن', 'Ημερομηνία κλεισίματος']));
  });
});

describe('headerKey', () => {
  it('ignores case, Greek accents and final sigma', () => {
    expect(headerKey('ΗΜΕΡΟΜΗΝΊΑ ΚΛΕΙΣΊΜΑΤΟΣ')).toBe('ημερομηνια κλεισιματοσ');
    expect(headerKey('Ημερομηνία κλεισίματος')).toBe('ημερομηνια κλεισιματοσ');
  });

  it('reads Arabic yeh and kaf as Persian, ZWNJ as a space, and any digit set as Western digits', () => {
    expect(headerKey('تاريخ‌ايجاد')).toBe(headerKey('تاریخ ایجاد'));
    expect(headerKey('كانال')).toBe(headerKey('کانال'));
    expect(headerKey('مبلغ ۱۴۰۳')).toBe('مبلغ 1403');
  });

  it('splits CamelCase and turns punctuation into spaces', () => {
    expect(headerKey('CloseDate')).toBe('close date');
    expect(headerKey('deal_stage')).toBe('deal stage');
    expect(headerKey('  Amount (€) ')).toBe('amount');
    expect(headerKey('Created-At')).toBe('created at');
  });
});

describe('matchColumns', () => {
  it('maps a Persian header row: amounts → مبلغ, statuses → وضعیت', () => {
    expect(matchColumns(kpi('AVG_DEAL_SIZE'), ['شناسه', 'منبع', 'وضعیت', 'مبلغ'])).toStrictEqual({ amounts: 3, statuses: 2 });
  });

  it('maps an English header row with CRM spellings', () => {
    expect(matchColumns(kpi('AVG_DEAL_SIZE'), ['Deal ID', 'Deal Stage', 'Amount'])).toStrictEqual({ amounts: 2, statuses: 1 });
    expect(matchColumns(kpi('SALES_CYCLE'), ['Id', 'CreatedDate', 'close_date', 'StageName'])).toStrictEqual({ start_dates: 1, close_dates: 2, statuses: 3 });
    expect(matchColumns(kpi('BY_SOURCE'), ['Name', 'Lead Source', 'Deal value'])).toStrictEqual({ sources: 1, values: 2 });
  });

  it('maps Greek headers in capitals with accents, and without accents', () => {
    expect(matchColumns(kpi('SALES_CYCLE'), ['ΚΩΔΙΚΌΣ', 'ΗΜΕΡΟΜΗΝΊΑ ΔΗΜΙΟΥΡΓΊΑΣ', 'ΗΜΕΡΟΜΗΝΊΑ ΚΛΕΙΣΊΜΑΤΟΣ']))
      .toStrictEqual({ start_dates: 1, close_dates: 2, statuses: undefined });
    expect(matchColumns(kpi('WIN_RATE'), ['ΠΕΛΆΤΗΣ', 'ΚΑΤΆΣΤΑΣΗ'])).toStrictEqual({ statuses: 1 });
    expect(matchColumns(kpi('RFM'), ['πελατης', 'ημερομηνια παραγγελιας', 'ποσο'])).toStrictEqual({ customers: 0, order_dates: 1, amounts: 2 });
  });

  it('maps Persian headers written with Arabic yeh and kaf, ZWNJ, plurals and digits', () => {
    expect(matchColumns(kpi('SALES_CYCLE'), ['تاريخ‌ايجاد', 'تاريخ بستن'])).toStrictEqual({ start_dates: 0, close_dates: 1, statuses: undefined });
    expect(matchColumns(kpi('BY_SOURCE'), ['كانال', 'مبلغ‌ها'])).toStrictEqual({ sources: 0, values: 1 });
    expect(matchColumns(kpi('AVG_DEAL_SIZE'), ['وضعيت', 'مبلغ (۱۴۰۳)'])).toStrictEqual({ amounts: 1, statuses: 0 });
  });

  it('reads English plurals as their singular', () => {
    expect(matchColumns(kpi('AVG_DEAL_SIZE'), ['Statuses', 'Amounts'])).toStrictEqual({ amounts: 1, statuses: 0 });
  });

  it('maps the CRM exports\' own headers, an actual close date over an expected one', () => {
    const pipedrive = ['Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Status', 'Deal - Stage', 'Deal - Deal created', 'Deal - Deal closed on', 'Deal - Expected close date', 'Deal - Source channel'];
    expect(matchColumns(kpi('SALES_CYCLE'), pipedrive)).toStrictEqual({ start_dates: 5, close_dates: 6, statuses: 3 });
    const hubspot = ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner', 'Original Traffic Source'];
    expect(matchColumns(kpi('SALES_CYCLE'), hubspot)).toStrictEqual({ start_dates: 6, close_dates: 5, statuses: 3 });
    expect(matchColumns(kpi('BY_SOURCE'), hubspot)).toStrictEqual({ sources: 8, values: 4 });
    expect(matchColumns(kpi('AVG_DEAL_SIZE'), ['عنوان معامله', 'وضعیت معامله', 'مبلغ معامله'])).toStrictEqual({ amounts: 2, statuses: 1 });
  });

  it('prefers a header equal to a word to one that only contains it', () => {
    expect(matchColumns(kpi('WIN_RATE'), ['Status date', 'Status'])).toStrictEqual({ statuses: 1 });
    expect(matchColumns(kpi('WIN_RATE'), ['Status date', 'Owner'])).toStrictEqual({ statuses: 0 });
    expect(matchColumns(kpi('SALES_CYCLE'), ['Expected close date', 'Close date', 'Created'])).toStrictEqual({ start_dates: 2, close_dates: 1, statuses: undefined });
  });

  it('prefers the more typical word when two headers equal words, and the leftmost column on a tie', () => {
    expect(matchColumns(kpi('WIN_RATE'), ['Deal stage', 'Status'])).toStrictEqual({ statuses: 1 });
    expect(matchColumns(kpi('WIN_RATE'), ['Status', 'STATUS'])).toStrictEqual({ statuses: 0 });
  });

  it('never assigns one column to two parameters of the same call', () => {
    expect(matchColumns(kpi('FUNNEL'), ['Stage count'])).toStrictEqual({ stage_counts: 0, stage_labels: undefined });
    expect(matchColumns(kpi('FUNNEL'), ['Stage', 'Stage count'])).toStrictEqual({ stage_counts: 1, stage_labels: 0 });
    expect(matchColumns(kpi('PROFIT_MARGIN'), ['Revenue cost'])).toStrictEqual({ revenues: 0, costs: undefined });
    const everyWord = Object.values(HEADER_WORDS).flat();
    for (const def of REGISTRY) {
      const columns = Object.values(matchColumns(def, everyWord)).filter((c) => c !== undefined);
      expect(new Set(columns).size, def.id).toBe(columns.length);
    }
  });

  it('leaves a parameter undefined when no header names it, and lists only range parameters', () => {
    expect(matchColumns(kpi('WIN_RATE'), ['Foo', 'Bar', ''])).toStrictEqual({ statuses: undefined });
    expect(matchColumns(kpi('CAC'), ['Month', 'Ad spend'])).toStrictEqual({ spend: 1 });
    expect(matchColumns(kpi('REVENUE_PER_REP'), [])).toStrictEqual({ revenue: undefined, reps: undefined });
    expect(matchColumns(kpi('GROWTH'), ['Previous', 'Current'])).toStrictEqual({});
  });

  for (const [language, script] of [['English', ENGLISH], ['Persian', PERSIAN], ['Greek', GREEK]] as const) {
    it(`maps every KPI's range parameters from their first ${language} words, in any column order`, () => {
      for (const def of REGISTRY) {
        const names = def.params.filter((p) => isColumnKind(p.kind) && !p.notProposed).map((p) => p.name);
        if (names.length === 0) continue;
        const headers = ['#', ...names.map((name) => firstWord(name, script)).reverse()];
        const expected = Object.fromEntries(names.map((name, i) => [name, names.length - i]));
        expect(matchColumns(def, headers), `${def.id}: ${headers.join(' | ')}`).toStrictEqual(expected);
      }
    });
  }
});

describe('proposeColumns on the CRM exports, by headers and cells', () => {
  const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  it.each(CRM_EXPORTS.map((make) => [make().vendor, make] as const))('%s: the right column for every range argument of the five KPIs', async (_vendor, make) => {
    const crm = make();
    const [table] = (await readFileValues(crm.fileName, buffer(crm.bytes))).tables;
    const samples = table.values.headers.map((header, c) => ({ header, cells: table.values.rows.map((row) => row[c]) }));
    const columnOf = (id: string) => Object.fromEntries(Object.entries(proposeColumns(kpi(id), samples)).map(([name, match]) => [name, match?.column]));
    const c = crm.columns;
    expect(columnOf('WIN_RATE')).toEqual({ statuses: c.status });
    expect(columnOf('AVG_DEAL_SIZE')).toEqual({ amounts: c.amount, statuses: c.status });
    expect(columnOf('SALES_CYCLE')).toEqual({ start_dates: c.created, close_dates: c.close, statuses: c.status });
    // Statuses would make it won revenue by source: the wizard leaves that choice to the user.
    expect(columnOf('BY_SOURCE')).toEqual({ sources: c.source, values: c.amount });
    expect(columnOf('AVG_RESPONSE_TIME')).toEqual({ received: c.received, responded: c.responded });
  });

  it('says why: how many cells hold won or lost, dates or numbers', () => {
    const samples = [
      { header: 'Deal - Stage', cells: ['Qualified', 'Demo scheduled', 'Qualified'] },
      { header: 'Deal - Status', cells: ['Won', 'Lost', 'Open'] },
      { header: 'Amount', cells: ['n/a', 'ask Sam', '1200'] },
      { header: 'Deal value', cells: [1200, 800, ''] },
      { header: 'Sales rep', cells: ['Ava', 'Noah', 'Ava'] },
    ];
    expect(proposeColumns(kpi('AVG_DEAL_SIZE'), samples)).toEqual({
      amounts: { column: 3, why: { kind: 'numbers', count: 2, of: 2 } },
      statuses: { column: 1, why: { kind: 'outcomes', count: 2, of: 3 } },
    });
    expect(proposeColumns(kpi('BY_SOURCE'), samples).values).toEqual({ column: 3, why: { kind: 'numbers', count: 2, of: 2 } });
  });

  it('proposes a column of won and lost labels for the statuses even when its header names no status', () => {
    expect(proposeColumns(kpi('WIN_RATE'), [{ header: 'Account', cells: ['A', 'B'] }, { header: 'Result of the quarter', cells: ['Closed Won', 'Closed Lost'] }]).statuses)
      .toEqual({ column: 1, why: { kind: 'outcomes', count: 2, of: 2 } });
  });
});
