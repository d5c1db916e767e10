import { describe, expect, it } from 'vitest';
import { col, expectError, itDeclaresErrorKinds, itHoldsEveryExample, run } from '../../helpers/kpi';

const ID = 'WIN_RATE';

describe('WIN_RATE(statuses, [won_label], [lost_label])', () => {
  itHoldsEveryExample(ID);
  itDeclaresErrorKinds(ID, ['div0']);

  it('counts "won"/"closed won" and "lost"/"closed lost" by default, whatever the case and spacing, and ignores open deals', () => {
    // won: Won, "won ", CLOSED WON; lost: Lost, "Closed  Lost"; ignored: Open, blank, Negotiation.
    const statuses = col('Won', 'won ', 'CLOSED WON', 'Lost', 'Closed  Lost', 'Open', '', 'Negotiation');
    expect(run(ID, [statuses])).toBe(0.6);
  });

  it('counts the Persian defaults without typed labels: برنده and موفق are won, بازنده, ناموفق and از دست رفته are lost', () => {
    // won: 2; lost: 5, ازدست‌رفته with its ZWNJ or a plain space alike; در جریان (in progress) is open.
    const statuses = col('برنده', 'موفق', 'بازنده', 'ناموفق', 'از دست رفته', 'ازدست\u200cرفته', 'ازدست رفته', 'در جریان');
    expect(run(ID, [statuses])).toBe(2 / 7);
  });

  it('counts the Greek defaults without typed labels, whatever the accents and case', () => {
    const statuses = col('Κερδισμένη', 'ΚΕΡΔΗΘΗΚΕ', 'κερδηθηκε', 'Χαμένη', 'χάθηκε', 'Σε εξέλιξη');
    expect(run(ID, [statuses])).toBe(3 / 5);
  });

  it('counts English, Persian and Greek defaults in one column, as a mixed team exports them', () => {
    expect(run(ID, [col('Won', 'موفق', 'κερδήθηκε', 'Lost', 'Open')])).toBe(0.75);
  });

  it('uses a custom won label instead of the defaults, keeping the default lost labels', () => {
    // "Signed" is won, "Lost" lost; "Won" is now just another status.
    expect(run(ID, [col('Won', 'Signed', 'Lost', 'signed'), 'Signed'])).toBe(2 / 3);
  });

  it('matches Greek labels without regard to accents or case', () => {
    expect(run(ID, [col('Κερδήθηκε', 'ΚΕΡΔΗΘΗΚΕ', 'Χάθηκε', 'Ανοιχτή'), 'κερδήθηκε', 'ΧΑΘΗΚΕ'])).toBe(2 / 3);
  });

  it('matches Persian labels written with Arabic yeh or kaf, or with a ZWNJ for the space', () => {
    const statuses = col('بسته شد', 'بسته\u200cشد', 'از دست رفت', 'باز');
    expect(run(ID, [statuses, 'بسته شد', 'از دست رفت'])).toBe(2 / 3);
    expect(run(ID, [col('قطعي', 'قطعی', 'لغو'), 'قطعی', 'لغو'])).toBe(2 / 3);
  });

  it('reads numbers and booleans as their text, so they are neither won nor lost', () => {
    expect(run(ID, [col('won', 1, true, 'lost', 'lost', 'lost')])).toBe(0.25);
  });

  it('gives #DIV/0! when no status is won or lost', () => {
    expectError(run(ID, [col('Open', 'Negotiation', '')]), 'div0', 'WIN_RATE: statuses');
    expectError(run(ID, [col('', null)]), 'div0', 'WIN_RATE: statuses');
  });

  it('gives #DIV/0! when custom labels match nothing', () => {
    expectError(run(ID, [col('Won', 'Lost'), 'Signed', 'Dropped']), 'div0', 'WIN_RATE: statuses');
  });

  it('takes several won or lost labels, any of which matches', () => {
    expect(run(ID, [col('A', 'B', 'C', 'D'), 'A', col('B', 'C')])).toBe(1 / 3);
    expect(run(ID, [col('Won', 'Signed', 'Lost', 'Open'), col('Won', 'Signed')])).toBe(2 / 3);
    expect(run(ID, [col('Closed Won', 'Closed Lost', 'Closed-Lost to Competition'), col('Closed Won'), [['Closed Lost', 'Closed-Lost to Competition']]])).toBe(1 / 3);
  });

  it('matches the defaults by their leading words, and reads -, _ and . between words as spaces', () => {
    expect(run(ID, [col('Closed Won', 'Closed Lost', 'Closed-Lost to Competition', 'Qualification')])).toBe(1 / 3);
    expect(run(ID, [col('Closed Won (renewal)', 'closed_lost', 'Closed Lost - no budget', 'Lostwithiel')])).toBe(1 / 3);
    expect(run(ID, [col('ClosedWon', 'closedlost', 'won_deal', 'Wonder')])).toBe(2 / 3);
    expect(run(ID, [col('Κλειστή ως κερδισμένη', 'Χαμένη', 'Ανοιχτή', 'موفق', 'ناموفق', 'جاری')])).toBe(0.5);
  });

  it('matches a given label exactly, never by its leading words', () => {
    expect(run(ID, [col('Won', 'Won big', 'Lost'), 'Won'])).toBe(0.5);
  });

  it('reads a range of blanks given as labels as no label: nothing counts as lost, or nothing as won', () => {
    expect(run(ID, [col('Won', 'Open', 'Won'), col('Won', ''), col('', '')])).toBe(1);
    expect(run(ID, [col('Won', 'Lost'), col('', ''), col('Lost', '')])).toBe(0);
    expectError(run(ID, [col('Won', 'Open'), col('', ''), col('', '')]), 'div0', 'WIN_RATE:');
  });

  it('gives #VALUE! for one blank cell given as a label', () => {
    expectError(run(ID, [col('Won', 'Lost'), col('')]), 'value', 'WIN_RATE: won_label is blank, expected text');
  });
});
