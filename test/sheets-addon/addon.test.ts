// The add-on's server side, run from dist/sheets in one Apps Script global scope with recording fakes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppsScript, SHEETS_DIST } from '../../scripts/host-runtimes/apps-script';
import { SERVER_FUNCTIONS } from '../../sheets-addon/addon';
import { MENU_STRINGS } from '../../sheets-addon/menu-strings';

const ENGLISH_MENU = [
  ['Insert a KPI…', 'showKpiWizard'],
  ['Insert the dashboard template', 'showDashboardTemplate'],
  '---',
  ['Function reference', 'showFunctionReference'],
  ['Help', 'showHelp'],
];

describe('the add-on menu', () => {
  it('is built by onOpen with the four items, each calling a top-level function', () => {
    const sheets = loadAppsScript();
    sheets.call('onOpen', { authMode: 'LIMITED' });
    expect(sheets.ui.menu).toEqual(ENGLISH_MENU);
    for (const item of sheets.ui.menu!) if (item !== '---') expect(typeof sheets.global[item[1]], item[1]).toBe('function');
  });

  it('is built by onInstall too, which calls onOpen', () => {
    const sheets = loadAppsScript();
    sheets.call('onInstall', { authMode: 'FULL' });
    expect(sheets.ui.menu).toEqual(ENGLISH_MENU);
  });

  it('works in the no-authorization mode, in English when the locale cannot be read', () => {
    const sheets = loadAppsScript({ noAuthorization: true, userLocale: 'fa' });
    expect(() => sheets.call('onOpen', { authMode: 'NONE' })).not.toThrow();
    expect(sheets.ui.menu).toEqual(ENGLISH_MENU);
    expect(sheets.calls.filter((call) => call.startsWith('SpreadsheetApp.getActive'))).toEqual([]);
  });

  it.each([['fa', 'fa'], ['el_GR', 'el']] as const)('speaks the user locale %s', (locale, language) => {
    const sheets = loadAppsScript({ userLocale: locale });
    sheets.call('onOpen', { authMode: 'LIMITED' });
    const menu = MENU_STRINGS[language];
    expect(sheets.ui.menu!.filter((item) => item !== '---').map((item) => item[0]))
      .toEqual([menu.insertKpi, menu.insertTemplate, menu.reference, menu.help]);
  });
});

describe('the sidebar and the help dialog', () => {
  it.each(['showFunctionReference', 'showKpiWizard'])('%s opens the sidebar with its title', (fn) => {
    const sheets = loadAppsScript();
    sheets.call(fn);
    expect(sheets.ui.sidebars).toHaveLength(1);
    expect(sheets.ui.sidebars[0]).toMatchObject({ file: 'sidebar', title: 'Sales KPI' });
    expect(sheets.ui.sidebars[0].content).toContain('<main id="app">');
  });

  it('showHelp opens the help in a dialog', () => {
    const sheets = loadAppsScript();
    sheets.call('showHelp');
    expect(sheets.ui.dialogs).toHaveLength(1);
    expect(sheets.ui.dialogs[0]).toMatchObject({ title: 'Sales KPI', output: { file: 'help', width: 480, height: 560 } });
  });

  it('answers the sidebar with the user locale, or English when it cannot be read', () => {
    expect(loadAppsScript({ userLocale: 'el_GR' }).call('getSidebarContext')).toEqual({ locale: 'el_GR' });
    expect(loadAppsScript({ noAuthorization: true }).call('getSidebarContext')).toEqual({ locale: 'en' });
  });

  it('has every server function the sidebar and menu call as a top-level function', () => {
    const sheets = loadAppsScript();
    for (const name of Object.keys(SERVER_FUNCTIONS)) expect(typeof sheets.global[name], name).toBe('function');
    // The sidebar names the server functions it calls: getSidebarContext and the wizard host's wizard* calls.
    const source = ['sidebar-entry.ts', 'wizard-host.ts']
      .map((file) => readFileSync(join(__dirname, '../../sheets-addon/sidebar', file), 'utf8')).join('\n');
    const called = [...new Set([...source.matchAll(/\.(getSidebarContext)\b|'((?:wizard|template)[A-Z]\w*)'/g)].map((match) => match[1] ?? match[2]))];
    expect(called).toEqual(expect.arrayContaining(['wizardGetSelection', 'wizardWriteFormula', 'templateInsert']));
    expect(called).toContain('getSidebarContext');
    for (const name of called) expect(typeof sheets.global[name], name).toBe('function');
  });
});

describe('the files clasp pushes', () => {
  it('keeps the sidebar and help self-contained: no external scripts, styles or fetches', () => {
    for (const file of ['sidebar.html', 'help.html']) {
      const html = readFileSync(join(SHEETS_DIST, file), 'utf8');
      expect(html, file).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)|https?:\/\//);
      expect(html, file).toMatch(/<style>[\s\S]{200,}<\/style>/);
    }
  });

  it('asks for the narrowest scopes, on V8', () => {
    const manifest = JSON.parse(readFileSync(join(SHEETS_DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('deploying with clasp', () => {
  const root = join(__dirname, '../..');

  it('has a .clasp.json example whose rootDir is dist/sheets', () => {
    expect(JSON.parse(readFileSync(join(root, '.clasp.json.example'), 'utf8'))).toMatchObject({ rootDir: 'dist/sheets' });
  });

  it('pushes the fresh build with clasp on npm run deploy:sheets', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts['deploy:sheets']).toMatch(/^npm run build && npx --yes @google\/clasp@\d+ push/);
  });
});
