// Emulates Apps Script for dist/sheets: every file evaluated in one fresh global scope, no modules, with recording fakes.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const SHEETS_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../dist/sheets');

export interface AppsScriptOptions {
  /** The spreadsheet's zone; the script's zone is the process's own (TZ), as Apps Script runs in it. */
  spreadsheetTimeZone?: string;
  scriptTimeZone?: string;
}

export interface AppsScriptRuntime {
  /** The global scope the scripts ran in. */
  global: Record<string, unknown>;
  /** Calls a top-level function as Sheets calls a custom function. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression inside the runtime, e.g. to make its own Date objects. */
  evaluate<T>(expression: string): T;
  /** Every call the scripts made to the fakes, as "Service.method". */
  calls: string[];
}

export function loadAppsScript(options: AppsScriptOptions = {}): AppsScriptRuntime {
  const scriptZone = options.scriptTimeZone ?? process.env.TZ ?? 'Etc/UTC';
  const calls: string[] = [];
  const sandbox: Record<string, unknown> = {
    console,
    SpreadsheetApp: {
      getActiveSpreadsheet: () => {
        calls.push('SpreadsheetApp.getActiveSpreadsheet');
        return {
          getSpreadsheetTimeZone: () => {
            calls.push('Spreadsheet.getSpreadsheetTimeZone');
            return options.spreadsheetTimeZone ?? scriptZone;
          },
        };
      },
    },
    Session: {
      getScriptTimeZone: () => {
        calls.push('Session.getScriptTimeZone');
        return scriptZone;
      },
    },
  };
  const context = vm.createContext(sandbox);
  const files = readdirSync(SHEETS_DIST).filter((file) => file.endsWith('.js')).sort();
  for (const file of files) vm.runInContext(readFileSync(join(SHEETS_DIST, file), 'utf8'), context, { filename: file });
  return {
    global: sandbox,
    calls,
    call: (name, ...args) => (sandbox[name] as (...a: unknown[]) => unknown)(...args),
    evaluate: <T>(expression: string) => vm.runInContext(expression, context) as T,
  };
}
