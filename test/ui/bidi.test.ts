// Right-to-left text rendered in Chromium: formulas, cell values and signed numbers inside Persian sentences keep their order.
import { describe, expect, it } from 'vitest';
import { findKpi, runKpi, type KpiError } from '../../core';
import { render } from '../../core/messages/render';
import { kpiText } from '../../core/translations';
import { fill, WIZARD_STRINGS } from '../../ui/wizard/wizard-strings';
import { useServedChromium } from '../helpers/browser';

const served = useServedChromium('dist/excel');

/**
 * Renders `text` in a right-to-left Persian paragraph and says whether `first` is drawn left of `second`
 * (both taken at their first occurrence after `from`), as a reader sees them.
 */
async function drawnLeftOf(text: string, first: string, second: string, from = '', dir: 'rtl' | 'ltr' = 'rtl'): Promise<boolean> {
  const page = await served.browser.newPage();
  await page.setContent(`<!doctype html><html lang="fa" dir="${dir}"><body style="font: 20px sans-serif"><p id="p"></p></body></html>`);
  const result = await page.evaluate(({ text, first, second, from }) => {
    const p = document.getElementById('p')!;
    p.textContent = text;
    const node = p.firstChild!;
    const start = text.indexOf(from);
    const left = (needle: string) => {
      const at = text.indexOf(needle, start);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    };
    return left(first) < left(second);
  }, { text, first, second, from });
  await page.close();
  return result;
}

describe('left-to-right runs inside Persian, as drawn', () => {
  it('shows the reversal the isolation prevents: a bare formula in Persian draws its = last', async () => {
    expect(await drawnLeftOf('این سلول خالی نیست (=SUM(A1:A3)). جایگزین شود؟', '=', 'S')).toBe(false);
  });

  it('keeps a quoted formula in the replace question in order: =SUM(A1:A3), not SUM(A1:A3)=', async () => {
    const question = fill(WIZARD_STRINGS.fa.confirmOverwrite, { existing: '=SUM(A1:A3)' });
    expect(await drawnLeftOf(question, '=', 'S')).toBe(true);
  });

  it('keeps the minus of −100 before its digits in the NPS help', async () => {
    const summary = kpiText(findKpi('NPS')!, 'fa').summary;
    expect(summary).toContain('\u2212100');
    expect(await drawnLeftOf(summary, '\u2212', '1', '\u2212')).toBe(true);
  });

  it('keeps a cell address and a quoted value in order inside an error message', async () => {
    const error = runKpi(findKpi('NPS')!, [[[10], ['-abc']]], { addresses: ['B1'] }) as KpiError;
    const text = render(error.text, 'fa');
    expect(await drawnLeftOf(text, 'B', '2')).toBe(true);
    expect(await drawnLeftOf(text, '-', 'a', '"-')).toBe(true);
  });

  it('reads a Persian error right to left even where it is shown left to right (a tooltip over the grid)', async () => {
    const error = runKpi(findKpi('NPS')!, [[[10], ['abc']]], { addresses: ['B1'] }) as KpiError;
    const text = render(error.text, 'fa');
    // The function name opens the sentence, so it is drawn rightmost, right of the Persian that follows it.
    expect(await drawnLeftOf(text, 'خ', 'N', '', 'ltr')).toBe(true);
    expect(await drawnLeftOf(text.slice(1, -1), 'خ', 'N', '', 'ltr')).toBe(false);
  });
});
