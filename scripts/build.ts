// Builds dist/excel and dist/sheets with esbuild and writes every file generated from the registry.
import { build, type Plugin } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY } from '../core';
import { LANGUAGES } from '../core/translations';
import { BUDGETS } from './bundle-budgets';
import { runtimeTexts } from './runtime-texts-plugin';
import { excelMetadata } from './generate/excel-metadata';
import { functionDocs } from './generate/function-docs';
import { SERVER_FUNCTIONS } from '../sheets-addon/addon';
import { TEMPLATE_FILE } from '../sheets-addon/dashboard-template';
import { MESSAGES_FILE, messagesHtml } from '../sheets-addon/message-tables';
import { EN } from '../core/messages/en';
import { EL } from '../core/messages/el';
import { FA } from '../core/messages/fa';
import { packageHtml, templatePackage } from '../ui/template/template-package';
import { addonStubs, CORE_GLOBAL, sheetsStubs } from './generate/sheets-stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Apps Script V8 rejects class static fields and has no modules: one IIFE lowered to ES2017. */
const TARGET = 'es2017';

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Puts each file's text where its INLINE marker comment stands, so HtmlService gets one self-contained page. */
function inline(html: string, files: Record<string, string>): string {
  return html.replace(/\/\*INLINE:([\w.-]+)\*\//g, (_, name: string) => {
    if (!(name in files)) throw new Error(`nothing to inline for ${name}`);
    return files[name].replace(/<\/(script|style)/gi, '<\\/$1');
  });
}

/**
 * The third-party files of the browser workbook, each copied as its package ships it (o-spreadsheet is
 * LGPL-3.0: it stays a file of its own that anyone can replace), with their licences beside them.
 */
const WEB_VENDOR: readonly (readonly [from: string, to: string])[] = [
  ['@odoo/owl/dist/owl.iife.min.js', 'owl.js'],
  ['chart.js/dist/chart.umd.min.js', 'chart.js'],
  ['luxon/build/global/luxon.min.js', 'luxon.js'],
  ['chartjs-adapter-luxon/dist/chartjs-adapter-luxon.umd.min.js', 'chartjs-adapter-luxon.js'],
  ['@odoo/o-spreadsheet/dist/o_spreadsheet.min.iife.js', 'o-spreadsheet.js'],
  ['@odoo/o-spreadsheet/dist/o_spreadsheet.xml', 'o_spreadsheet.xml'],
  ['@odoo/o-spreadsheet/dist/o_spreadsheet.css', 'o_spreadsheet.css'],
  ['bootstrap/dist/css/bootstrap.min.css', 'bootstrap.min.css'],
  ['font-awesome/css/font-awesome.min.css', 'font-awesome/css/font-awesome.min.css'],
  ['font-awesome/fonts', 'font-awesome/fonts'],
  ['@odoo/o-spreadsheet/LICENSE', 'licenses/o-spreadsheet.txt'],
  ['@odoo/owl/LICENSE', 'licenses/owl.txt'],
  ['chart.js/LICENSE.md', 'licenses/chart.js.txt'],
  ['luxon/LICENSE.md', 'licenses/luxon.txt'],
  ['chartjs-adapter-luxon/LICENSE.md', 'licenses/chartjs-adapter-luxon.txt'],
  ['bootstrap/LICENSE', 'licenses/bootstrap.txt'],
  ['font-awesome/README.md', 'licenses/font-awesome.txt'],
];

/** dist/web: the browser workbook, a static page any file server can host. */
async function buildWeb(): Promise<void> {
  const web = join(dist, 'web');
  await build({
    entryPoints: [join(root, 'web-workbook/workbook-entry.ts')],
    outfile: join(web, 'workbook.js'),
    bundle: true, minify: true, format: 'iife', target: 'es2022', platform: 'browser', legalComments: 'none', charset: 'utf8',
  });
  // Files are read, .xlsx exported and snapshots taken in a worker, so the grid never waits on them.
  await build({
    entryPoints: [join(root, 'web-workbook/workbook-worker.ts')],
    outfile: join(web, 'workbook-worker.js'),
    bundle: true, minify: true, format: 'iife', target: 'es2022', platform: 'browser', legalComments: 'none', charset: 'utf8',
  });
  for (const file of ['index.html', 'workbook.css']) await cp(join(root, 'web-workbook', file), join(web, file));
  await cp(join(root, 'ui/pane.css'), join(web, 'pane.css'));
  await cp(join(root, 'assets'), join(web, 'assets'), { recursive: true });
  for (const [from, to] of WEB_VENDOR) await cp(join(root, 'node_modules', from), join(web, 'vendor', to), { recursive: true });
}

/** The Sheets scripts take every message table, English too, from sheets-addon/message-tables.ts: from an HTML file. */
const sheetsMessageTables: Plugin = {
  name: 'sheets-message-tables',
  setup(b) {
    // Both the tables and the English table the core renders with come from messages.html.
    b.onResolve({ filter: /^\.\/(tables|en)$/ }, (args) => (
      /[\\/]core[\\/]messages$/.test(args.resolveDir) ? { path: join(root, 'sheets-addon/message-tables.ts') } : undefined
    ));
  },
};

async function main(): Promise<void> {
  await rm(dist, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'excel-addin/functions-entry.ts')],
    outfile: join(dist, 'excel/functions.js'),
    plugins: [runtimeTexts],
    bundle: true, minify: true, format: 'iife', target: TARGET, platform: 'neutral', legalComments: 'none', charset: 'utf8',
  });
  for (const language of LANGUAGES) {
    const file = language === 'en' ? 'functions.json' : `functions.${language}.json`;
    await write(join(dist, 'excel', file), `${JSON.stringify(excelMetadata(REGISTRY, language), null, 2)}\n`);
  }
  await build({
    entryPoints: [join(root, 'excel-addin/taskpane/taskpane-entry.ts')],
    outfile: join(dist, 'excel/taskpane.js'),
    bundle: true, minify: true, format: 'iife', target: TARGET, platform: 'browser', legalComments: 'none', charset: 'utf8',
  });
  await cp(join(root, 'excel-addin/taskpane/taskpane.html'), join(dist, 'excel/taskpane.html'));
  for (const file of ['pane.css', 'help.html']) await cp(join(root, 'ui', file), join(dist, 'excel', file));
  await cp(join(root, 'assets'), join(dist, 'excel/assets'), { recursive: true });

  await build({
    entryPoints: [join(root, 'sheets-addon/sheets-entry.ts')],
    outfile: join(dist, 'sheets/kpi-core.js'),
    plugins: [runtimeTexts, sheetsMessageTables],
    bundle: true, minify: true, format: 'iife', globalName: CORE_GLOBAL, target: TARGET, platform: 'neutral',
    legalComments: 'none', charset: 'utf8',
  });
  await write(join(dist, 'sheets/functions.js'), sheetsStubs(REGISTRY));
  await write(join(dist, `sheets/${MESSAGES_FILE}.html`), messagesHtml({ en: EN, fa: FA, el: EL }));
  await write(join(dist, `sheets/${TEMPLATE_FILE}.html`), packageHtml(templatePackage('sheets')));
  await write(join(dist, 'sheets/addon.js'), addonStubs(Object.keys(SERVER_FUNCTIONS)));
  await write(join(dist, 'sheets/appsscript.json'), `${JSON.stringify({
    timeZone: 'Etc/UTC',
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
    // The narrowest that work: this spreadsheet only, and the menu, sidebar and dialog.
    oauthScopes: [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ],
  }, null, 2)}\n`);
  const css = await readFile(join(root, 'ui/pane.css'), 'utf8');
  const sidebar = await build({
    entryPoints: [join(root, 'sheets-addon/sidebar/sidebar-entry.ts')],
    bundle: true, minify: true, format: 'iife', target: TARGET, platform: 'browser', legalComments: 'none', charset: 'utf8', write: false,
  });
  await write(join(dist, 'sheets/sidebar.html'), inline(await readFile(join(root, 'sheets-addon/sidebar/sidebar.html'), 'utf8'), {
    'pane.css': css,
    'sidebar.js': sidebar.outputFiles[0].text,
  }));
  // The help page without what HtmlService cannot serve: other files, and a CSP of its own.
  const help = (await readFile(join(root, 'ui/help.html'), 'utf8'))
    .replace(/ *<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')
    .replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">')
    .replace('<link rel="stylesheet" href="pane.css">', '<style>/*INLINE:pane.css*/</style>');
  await write(join(dist, 'sheets/help.html'), inline(help, { 'pane.css': css }));

  await buildWeb();

  await write(join(root, 'docs/FUNCTIONS.md'), functionDocs(REGISTRY));
  await write(join(root, 'docs/FUNCTIONS.fa.md'), functionDocs(REGISTRY, 'fa'));
  await write(join(root, 'docs/FUNCTIONS.el.md'), functionDocs(REGISTRY, 'el'));

  const excelSize = (await stat(join(dist, 'excel/functions.js'))).size;
  let sheetsSize = 0;
  for (const file of await readdir(join(dist, 'sheets'))) if (file.endsWith('.js')) sheetsSize += (await stat(join(dist, 'sheets', file))).size;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`dist/excel/functions.js  ${kb(excelSize)} (budget ${kb(BUDGETS['excel/functions.js'])})`);
  console.log(`dist/sheets/*.js         ${kb(sheetsSize)} (budget ${kb(BUDGETS.sheets)})`);
  console.log(`dist/excel/taskpane.js   ${kb((await stat(join(dist, 'excel/taskpane.js'))).size)}`);
  console.log(`dist/web/workbook.js     ${kb((await stat(join(dist, 'web/workbook.js'))).size)} (o-spreadsheet ${kb((await stat(join(dist, 'web/vendor/o-spreadsheet.js'))).size)} beside it)`);
  if (excelSize > BUDGETS['excel/functions.js'] || sheetsSize > BUDGETS.sheets) {
    console.error('a bundle is over its size budget');
    process.exitCode = 1;
  }
}

await main();
