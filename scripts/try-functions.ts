// Prints every function's examples as computed by the built bundles, each loaded the way its host loads it.
import { ERROR_CODES, REGISTRY, sheetsName, type KpiExample } from '../core';
import { loadAppsScript } from './host-runtimes/apps-script';
import { excelShape, FakeExcelError, loadExcelFunctions } from './host-runtimes/excel';
import { formulaIn } from './generate/param-types';

const excel = loadExcelFunctions();
const sheets = loadAppsScript();

function show(value: unknown): string {
  if (value instanceof FakeExcelError) return value.code;
  if (Array.isArray(value)) {
    const rows = value as unknown[][];
    if (rows.length === 1 && rows[0].length === 1) return show(rows[0][0]);
    return rows.map((row) => row.map(show).join(' · ')).join(' | ');
  }
  return typeof value === 'number' ? String(Number(value.toPrecision(12))) : String(value);
}

function expected(example: KpiExample): string {
  const result = example.result;
  if (typeof result !== 'object' || Array.isArray(result)) return show(result);
  return ERROR_CODES[result.error];
}

let mismatches = 0;
for (const def of REGISTRY) {
  console.log(`\n${def.id} — ${def.summary}`);
  for (const example of def.examples) {
    const inExcel = show(excel.cell(def.id, example.args.map(excelShape)));
    let inSheets: string;
    try {
      inSheets = show(sheets.call(sheetsName(def), ...example.args));
    } catch (error) {
      inSheets = `#ERROR! ${(error as Error).message}`;
    }
    const want = expected(example);
    const ok = inExcel === want && (inSheets === want || (want.startsWith('#') && inSheets.startsWith('#ERROR!')));
    if (!ok) mismatches++;
    console.log(`  ${ok ? '✓' : '✗'} ${formulaIn('excel', def.id, example.formula)}`);
    console.log(`      Excel: ${inExcel}`);
    console.log(`      Sheets (${formulaIn('sheets', sheetsName(def), example.formula)}): ${inSheets}`);
  }
}
console.log(`\n${REGISTRY.length} functions; ${mismatches === 0 ? 'every example holds in both hosts' : `${mismatches} example(s) differ`}.`);
console.log('Built add-ins in dist/excel and dist/sheets; npm start serves the Excel add-in, npm run deploy:sheets pushes the Sheets one.');
process.exitCode = mismatches === 0 ? 0 : 1;
