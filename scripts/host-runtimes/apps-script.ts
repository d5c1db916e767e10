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
  /** What Session.getActiveUserLocale answers ("fa", "el", "en_US"). */
  userLocale?: string;
  /** onOpen before the add-on is authorized in the document: Session refuses the user's locale. */
  noAuthorization?: boolean;
  /** What Spreadsheet.getSpreadsheetLocale answers ("en_US", "el_GR"). */
  spreadsheetLocale?: string;
}

/** An HtmlOutput as the fake HtmlService makes it: the file it came from, its content and its settings. */
export interface FakeHtmlOutput {
  file: string;
  content: string;
  title?: string;
  width?: number;
  height?: number;
}

/** What the scripts showed through SpreadsheetApp.getUi(). */
export interface RecordedUi {
  /** The add-on menu as [label, function name] items, "---" for a separator, once addToUi ran. */
  menu?: (readonly [string, string] | '---')[];
  sidebars: FakeHtmlOutput[];
  dialogs: { output: FakeHtmlOutput; title: string }[];
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
  /** The document properties the scripts keep. */
  documentProperties: Map<string, string>;
  ui: RecordedUi;
}

export function loadAppsScript(options: AppsScriptOptions = {}): AppsScriptRuntime {
  const scriptZone = options.scriptTimeZone ?? process.env.TZ ?? 'Etc/UTC';
  const calls: string[] = [];
  const documentProperties = new Map<string, string>();
  const ui: RecordedUi = { sidebars: [], dialogs: [] };
  const htmlOutput = (file: string): FakeHtmlOutput & Record<string, unknown> => {
    const output: FakeHtmlOutput & Record<string, unknown> = {
      file,
      content: readFileSync(join(SHEETS_DIST, `${file}.html`), 'utf8'),
      getContent: () => output.content,
      setTitle: (title: string) => { output.title = title; return output; },
      setWidth: (width: number) => { output.width = width; return output; },
      setHeight: (height: number) => { output.height = height; return output; },
    };
    return output;
  };
  const sandbox: Record<string, unknown> = {
    console,
    // The enums the template's charts use, as their names.
    Charts: {
      ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', PIE: 'PIE', LINE: 'LINE' },
      ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        calls.push(`HtmlService.createHtmlOutputFromFile(${file})`);
        return htmlOutput(file);
      },
    },
    SpreadsheetApp: {
      // A conditional format rule as ConditionalFormatRuleBuilder.build() makes it: what the builder was told.
      newConditionalFormatRule: () => {
        const rule: Record<string, unknown> = {};
        const builder = {
          setGradientMinpoint: (color: string) => { rule.gradientMinpoint = color; return builder; },
          setGradientMaxpoint: (color: string) => { rule.gradientMaxpoint = color; return builder; },
          setRanges: (ranges: unknown[]) => { rule.ranges = [...ranges]; return builder; },
          build: () => ({ ...rule }),
        };
        return builder;
      },
      getUi: () => ({
        createAddonMenu: () => {
          const items: (readonly [string, string] | '---')[] = [];
          const menu = {
            addItem: (label: string, fn: string) => { items.push([label, fn]); return menu; },
            addSeparator: () => { items.push('---'); return menu; },
            addToUi: () => { ui.menu = items; },
          };
          return menu;
        },
        showSidebar: (output: FakeHtmlOutput) => { ui.sidebars.push(output); },
        showModelessDialog: (output: FakeHtmlOutput, title: string) => { ui.dialogs.push({ output, title }); },
      }),
      getActiveSpreadsheet: () => {
        calls.push('SpreadsheetApp.getActiveSpreadsheet');
        return {
          getSpreadsheetTimeZone: () => {
            calls.push('Spreadsheet.getSpreadsheetTimeZone');
            return options.spreadsheetTimeZone ?? scriptZone;
          },
          getSpreadsheetLocale: () => {
            calls.push('Spreadsheet.getSpreadsheetLocale');
            return options.spreadsheetLocale ?? 'en_US';
          },
        };
      },
    },
    PropertiesService: {
      getDocumentProperties: () => {
        calls.push('PropertiesService.getDocumentProperties');
        return {
          getProperty: (key: string) => documentProperties.get(key) ?? null,
          setProperty: (key: string, value: string) => { documentProperties.set(key, String(value)); },
          deleteProperty: (key: string) => { documentProperties.delete(key); },
        };
      },
    },
    Session: {
      getScriptTimeZone: () => {
        calls.push('Session.getScriptTimeZone');
        return scriptZone;
      },
      getActiveUserLocale: () => {
        calls.push('Session.getActiveUserLocale');
        if (options.noAuthorization) throw new Error('You do not have permission to call Session.getActiveUserLocale');
        return options.userLocale ?? 'en';
      },
    },
  };
  const context = vm.createContext(sandbox);
  const files = readdirSync(SHEETS_DIST).filter((file) => file.endsWith('.js')).sort();
  for (const file of files) vm.runInContext(readFileSync(join(SHEETS_DIST, file), 'utf8'), context, { filename: file });
  return {
    global: sandbox,
    calls,
    documentProperties,
    ui,
    call: (name, ...args) => (sandbox[name] as (...a: unknown[]) => unknown)(...args),
    evaluate: <T>(expression: string) => vm.runInContext(expression, context) as T,
  };
}
