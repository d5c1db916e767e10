// The task pane as a user sees it: built dist/excel served locally, Office.js replaced by a stand-in, in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core';
import { kpiText, type Language } from '../../core/translations';
import { UI_STRINGS } from '../../ui/ui-strings';
import { TEMPLATE_STRINGS } from '../../ui/template/template-strings';
import { WIZARD_STRINGS } from '../../ui/wizard/wizard-strings';
import { ROOT, SCREENSHOTS, useServedChromium, watchPage } from '../helpers/browser';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const standIn = readFileSync(join(__dirname, 'office-stand-in.js'), 'utf8');
const served = useServedChromium('dist/excel');

interface Opened {
  page: Page;
  problems: string[];
  foreignRequests: string[];
}

/** Opens the task pane as Office would in `locale`, recording console errors, page errors and requests elsewhere. */
async function openTaskPane(locale: string): Promise<Opened> {
  const page = await served.browser.newPage({ viewport: { width: 360, height: 720 } });
  const { problems, requests } = watchPage(page);
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standIn }));
  await page.addInitScript((language) => { (window as unknown as { __officeDisplayLanguage: string }).__officeDisplayLanguage = language; }, locale);
  await page.addInitScript({ path: join(ROOT, 'test/helpers/in-memory-book.js') });
  await page.goto(`${served.origin}/taskpane.html`);
  await page.waitForSelector('#tab-reference');
  // The pane opens on the wizard; the reference is the last tab, one step back from the first (tabs wrap),
  // reached here by keyboard: back is ArrowLeft, or ArrowRight right to left.
  await page.focus('#tab-wizard');
  await page.keyboard.press(locale.startsWith('fa') ? 'ArrowRight' : 'ArrowLeft');
  await page.waitForSelector('article.kpi');
  const foreignRequests = requests.filter((url) => !url.startsWith(served.origin) && url !== OFFICE_JS);
  return { page, problems, foreignRequests };
}

describe.each([
  ['en-US', 'en', 'ltr'],
  ['fa-IR', 'fa', 'rtl'],
  ['el-GR', 'el', 'ltr'],
] as const)('the task pane in %s', (locale, language: Language, dir) => {
  let opened: Opened;
  beforeAll(async () => { opened = await openTaskPane(locale); }, 60_000);
  afterAll(async () => { await opened?.page.close(); });

  it('follows the Office display language and its direction', async () => {
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    expect(await page.textContent('.subtitle')).toBe(UI_STRINGS[language].subtitle);
    expect(await page.locator('.tab').allTextContents()).toEqual([
      WIZARD_STRINGS[language].tabs.insert, WIZARD_STRINGS[language].tabs.inspect, TEMPLATE_STRINGS[language].tab, UI_STRINGS[language].referenceTab]);
    expect(await page.textContent('.tab.selected')).toBe(UI_STRINGS[language].referenceTab);
  });

  it('lists every function of the registry with its summary in that language', async () => {
    const { page } = opened;
    expect(await page.locator('article.kpi').count()).toBe(REGISTRY.length);
    for (const def of [REGISTRY[0], REGISTRY[REGISTRY.length - 1]]) {
      expect(await page.textContent(`#kpi-${def.id} .summary`)).toBe(kpiText(def, language).summary);
    }
    expect(await page.textContent('#kpi-NPS h3')).toBe('=KPI.NPS(scores)');
  });

  it('keeps formulas left to right inside the page, =KPI. in the hint included', async () => {
    const { page } = opened;
    expect(await page.textContent('.hint code')).toBe('=KPI.');
    expect(await page.$eval('.hint code', (code) => getComputedStyle(code).direction)).toBe('ltr');
    expect(await page.textContent('.hint')).not.toContain('{formula}');
    const direction = await page.$eval('#kpi-NPS h3 code', (code) => getComputedStyle(code).direction);
    expect(direction).toBe('ltr');
  });

  it('registers every custom function in the same runtime (the shared runtime)', async () => {
    const ids = await opened.page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
    expect(ids).toEqual(REGISTRY.map((def) => def.id));
  });

  it('has no console errors or warnings and asks no origin but its own and the Office.js CDN', async () => {
    expect(opened.problems).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });

  it('shows one panel at a time: the wizard and the inspector are hidden behind the reference', async () => {
    expect(await opened.page.isHidden('#panel-wizard')).toBe(true);
    expect(await opened.page.isHidden('#panel-inspect')).toBe(true);
    expect(await opened.page.isVisible('#panel-reference')).toBe(true);
  });

  it('takes a screenshot to look at', async () => {
    await opened.page.screenshot({ path: join(SCREENSHOTS, `taskpane-${language}.png`) });
    await opened.page.screenshot({ path: join(SCREENSHOTS, `taskpane-${language}-full.png`), fullPage: true });
  });
});

describe('the manifest and the build', () => {
  it('points every URL of manifest.xml at a file the build serves', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const urls = [...new Set(manifest.match(/https:\/\/localhost:3000\/[^"]+/g) ?? [])];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const response = await fetch(url.replace('https://localhost:3000', served.origin));
      expect(response.status, url).toBe(200);
    }
  });
});

describe('the help page', () => {
  it('shows its three languages, Persian right to left, with no console errors', async () => {
    const page = await served.browser.newPage({ viewport: { width: 480, height: 800 } });
    const { problems } = watchPage(page);
    await page.goto(`${served.origin}/help.html`);
    expect(await page.locator('section').count()).toBe(3);
    expect(await page.$eval('section[lang="fa"]', (section) => getComputedStyle(section).direction)).toBe('rtl');
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'help.png'), fullPage: true });
    await page.close();
  });
});

describe('task pane security', () => {
  const html = readFileSync(join(ROOT, 'dist/excel/taskpane.html'), 'utf8');

  it('has a Content-Security-Policy allowing scripts only from itself and the Office.js CDN', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('has no inline script, no inline handler and no inline style', () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });

  it('ships task pane code that never evaluates strings or writes HTML', () => {
    const code = readFileSync(join(ROOT, 'dist/excel/taskpane.js'), 'utf8');
    expect(code).not.toMatch(/\beval\(|new Function\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('the shared runtime when a workbook opens without the pane', () => {
  it('registers every function from functions.js alone: before Office is ready, and without the pane\'s script', async () => {
    const page = await served.browser.newPage();
    const { problems } = watchPage(page);
    // Office never says it is ready and taskpane.js never arrives: nothing of the pane runs.
    const neverReady = standIn.replace(/onReady: function \(callback\) \{[\s\S]*?return ready;\n    \},/, 'onReady: function () { return new Promise(function () {}); },');
    expect(neverReady).not.toBe(standIn);
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: neverReady }));
    await page.route('**/taskpane.js', (route) => route.abort());
    await page.addInitScript({ path: join(ROOT, 'test/helpers/in-memory-book.js') });
    await page.goto(`${served.origin}/taskpane.html`);
    const associated = await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
    expect(associated).toEqual(REGISTRY.map((def) => def.id));
    expect(await page.locator('#app').innerHTML()).toBe('');
    // The one problem is the script this test withheld.
    expect(problems).toEqual(['Failed to load resource: net::ERR_FAILED']);
    await page.close();
  }, 30_000);
});
