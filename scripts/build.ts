// Builds dist/excel and dist/sheets with esbuild and writes every file generated from the registry.
import { build } from 'esbuild';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY } from '../core';
import { LANGUAGES } from '../core/translations';
import { excelMetadata } from './generate/excel-metadata';
import { functionDocs } from './generate/function-docs';
import { CORE_GLOBAL, sheetsStubs } from './generate/sheets-stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Size budgets in bytes: Apps Script parses the whole project on every custom-function call. */
export const BUDGETS = { 'excel/functions.js': 60 * 1024, sheets: 100 * 1024 };

/** Apps Script V8 rejects class static fields and has no modules: one IIFE lowered to ES2017. */
const TARGET = 'es2017';

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function main(): Promise<void> {
  await rm(dist, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'excel-addin/functions-entry.ts')],
    outfile: join(dist, 'excel/functions.js'),
    bundle: true, minify: true, format: 'iife', target: TARGET, platform: 'neutral', legalComments: 'none',
  });
  for (const language of LANGUAGES) {
    const file = language === 'en' ? 'functions.json' : `functions.${language}.json`;
    await write(join(dist, 'excel', file), `${JSON.stringify(excelMetadata(REGISTRY, language), null, 2)}\n`);
  }
  await build({
    entryPoints: [join(root, 'excel-addin/taskpane/taskpane-entry.ts')],
    outfile: join(dist, 'excel/taskpane.js'),
    bundle: true, minify: true, format: 'iife', target: TARGET, platform: 'browser', legalComments: 'none',
  });
  await cp(join(root, 'excel-addin/taskpane/taskpane.html'), join(dist, 'excel/taskpane.html'));
  for (const file of ['pane.css', 'help.html']) await cp(join(root, 'ui', file), join(dist, 'excel', file));
  await cp(join(root, 'assets'), join(dist, 'excel/assets'), { recursive: true });

  await build({
    entryPoints: [join(root, 'sheets-addon/sheets-entry.ts')],
    outfile: join(dist, 'sheets/kpi-core.js'),
    bundle: true, minify: true, format: 'iife', globalName: CORE_GLOBAL, target: TARGET, platform: 'neutral',
    legalComments: 'none',
  });
  await write(join(dist, 'sheets/functions.js'), sheetsStubs(REGISTRY));
  await write(join(dist, 'sheets/appsscript.json'), `${JSON.stringify({
    timeZone: 'Etc/UTC',
    runtimeVersion: 'V8',
    exceptionLogging: 'STACKDRIVER',
  }, null, 2)}\n`);

  await write(join(root, 'docs/FUNCTIONS.md'), functionDocs(REGISTRY));

  const excelSize = (await stat(join(dist, 'excel/functions.js'))).size;
  const sheetsSize = (await stat(join(dist, 'sheets/kpi-core.js'))).size + (await stat(join(dist, 'sheets/functions.js'))).size;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`dist/excel/functions.js  ${kb(excelSize)} (budget ${kb(BUDGETS['excel/functions.js'])})`);
  console.log(`dist/sheets/*.js         ${kb(sheetsSize)} (budget ${kb(BUDGETS.sheets)})`);
  console.log(`dist/excel/taskpane.js   ${kb((await stat(join(dist, 'excel/taskpane.js'))).size)}`);
  if (excelSize > BUDGETS['excel/functions.js'] || sheetsSize > BUDGETS.sheets) {
    console.error('a bundle is over its size budget');
    process.exitCode = 1;
  }
}

await main();
