// The Sheets sidebar and help as a user sees them: dist/sheets pages in Chromium with a fake google.script.run.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core';
import { kpiText, type Language } from '../../core/translations';
import { UI_STRINGS } from '../../ui/ui-strings';
import { ROOT, SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';

const served = useServedChromium('dist/sheets');

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  serverCalls: string[];
}

/** Opens a page of the add-on as HtmlService would, with google.script.run answering for the user locale. */
async function open(file: string, locale: string): Promise<Opened> {
  const page = await served.browser.newPage({ viewport: { width: 300, height: 700 } });
  const { problems, requests } = watchPage(page);
  await page.addInitScript((userLocale) => { (window as unknown as { __userLocale: string }).__userLocale = userLocale; }, locale);
  await page.addInitScript({ path: join(ROOT, 'test/helpers/in-memory-book.js') });
  await page.addInitScript({ path: join(ROOT, 'test/sheets-addon/google-script-run-stand-in.js') });
  await page.goto(`${served.origin}/${file}`);
  return { page, problems, requests, serverCalls: [] };
}

describe.each([
  ['en', 'en', 'ltr'],
  ['fa', 'fa', 'rtl'],
  ['el_GR', 'el', 'ltr'],
] as const)('the sidebar for the user locale %s', (locale, language: Language, dir) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open('sidebar.html', locale);
    await opened.page.waitForSelector('#tab-reference');
    await opened.page.click('#tab-reference');
    await opened.page.waitForSelector('article.kpi');
    opened.serverCalls = await opened.page.evaluate(() => (window as unknown as { __serverCalls: string[] }).__serverCalls);
  }, 60_000);
  afterAll(async () => { await opened?.page.close(); });

  it('asks the server for the locale and follows it, right to left in Persian', async () => {
    const { page } = opened;
    expect(opened.serverCalls).toEqual(['getSidebarContext', 'messageLanguageGet']);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await page.textContent('.subtitle')).toBe(UI_STRINGS[language].subtitle);
  });

  it('lists every function as Sheets users type it', async () => {
    const { page } = opened;
    expect(await page.locator('article.kpi').count()).toBe(REGISTRY.length);
    expect(await page.textContent('#kpi-NPS h3')).toBe('=NPS(scores)');
    expect(await page.textContent('#kpi-GROWTH h3')).toBe('=KPI_GROWTH(previous, current)');
    expect(await page.textContent('.hint code')).toBe('=NPS(');
    expect(await page.textContent('#kpi-CAC .summary')).toBe(kpiText(REGISTRY.find((d) => d.id === 'CAC')!, language).summary);
  });

  it('is self-contained: no request but the page itself, and no console errors', async () => {
    expect(opened.requests).toEqual([`${served.origin}/sidebar.html`]);
    expect(opened.problems).toEqual([]);
  });

  it('lets the language of this spreadsheet\'s error messages be chosen, kept with the document', async () => {
    const { page } = opened;
    expect(await page.textContent('label[for="message-language"]')).toBe(UI_STRINGS[language].messageLanguage.label);
    expect(await page.inputValue('#message-language')).toBe('');
    await page.selectOption('#message-language', 'fa');
    await page.waitForFunction(() => (window as unknown as { __messageLanguage?: string }).__messageLanguage === 'fa');
    await page.waitForFunction(() => (document.querySelector('.message-language .status')?.textContent ?? '') !== '');
    expect(await page.textContent('.message-language .status')).toBe(UI_STRINGS[language].messageLanguage.saved);
  });

  it('takes a screenshot to look at', async () => {
    await opened.page.screenshot({ path: join(SCREENSHOTS, `sidebar-${language}.png`) });
  });
});

describe('the help dialog page', () => {
  it('renders on its own, with no request but itself and no console errors', async () => {
    const opened = await open('help.html', 'en');
    await opened.page.setViewportSize({ width: 480, height: 560 });
    expect(await opened.page.locator('section').count()).toBe(3);
    expect(opened.requests).toEqual([`${served.origin}/help.html`]);
    expect(opened.problems).toEqual([]);
    await opened.page.screenshot({ path: join(SCREENSHOTS, 'sheets-help.png') });
    await opened.page.close();
  });
});
