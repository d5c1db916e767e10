// The browser workbook's .xlsx export run in Node: the build the page loads writes the parts, our export step zips them.
import { createRequire } from 'node:module';
import { registerAll } from '../../web-workbook/custom-functions';
import type { Engine } from '../../web-workbook/engine';
import { addTemplate, emptyWorkbook, type WorkbookData } from '../../web-workbook/workbook-data';
import { readingsOf, zipXlsx, type NamedRangeGetters, type XlsxParts } from '../../web-workbook/xlsx-export';
import type { FunnelGetters } from '../../web-workbook/xlsx-funnel';
import type { Language } from '../../core/translations';

export interface ExportedModel {
  readonly getters: NamedRangeGetters & FunnelGetters & {
    getSheetIdByName(name: string): string;
    getCells(sheetId: string): { id: number }[];
    getCellPosition(id: number): { sheetId: string; col: number; row: number };
    getCellText(position: { sheetId: string; col: number; row: number }, options: { showFormula: boolean }): string;
  };
  exportXLSX(): Promise<XlsxParts>;
  exportData(): WorkbookData;
}

const require = createRequire(import.meta.url);

let registeredIn: Language | undefined;

/**
 * o-spreadsheet's build as the page's worker loads it, with the same text stand-ins for DOMParser and
 * XMLSerializer, our functions registered (once a process: their errors speak the first language asked).
 */
export function nodeEngine(language: Language = 'en'): Engine & { Model: new (data: WorkbookData) => ExportedModel } {
  const global = globalThis as Record<string, unknown>;
  global.DOMParser ??= class { parseFromString(text: string) { return { text: String(text), querySelector: () => null, body: { firstChild: null } }; } };
  global.XMLSerializer ??= class { serializeToString(doc: { text: string }) { return doc.text; } };
  const engine = require('@odoo/o-spreadsheet/dist/o_spreadsheet.cjs') as Engine & { Model: new (data: WorkbookData) => ExportedModel };
  if (registeredIn === undefined) registerAll(engine, language);
  registeredIn ??= language;
  return engine;
}

/**
 * `read` run with a real DOMParser (jsdom's), as o-spreadsheet's XLSX import needs one (it queries the
 * parts' documents); the export's text stand-in is back afterwards.
 */
export function withDomParser<T>(read: () => T): T {
  const global = globalThis as Record<string, unknown>;
  const standIn = global.DOMParser;
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: unknown } } };
  global.DOMParser = new JSDOM('').window.DOMParser;
  try {
    return read();
  } finally {
    global.DOMParser = standIn;
  }
}

/** A model's .xlsx as the page exports it (`valuesOnly`: the copy with each Sales KPI formula as its result). */
export async function exportModel(model: ExportedModel, valuesOnly = false): Promise<Uint8Array> {
  const parts = await model.exportXLSX();
  return zipXlsx(parts, readingsOf(model.getters, valuesOnly));
}

/** The sample workbook (the dashboard template over its sample data), its export and its values copy. */
export async function exportSample(language: Language = 'en'): Promise<{ bytes: Uint8Array; values: Uint8Array; model: ExportedModel }> {
  const engine = nodeEngine(language);
  const model = new engine.Model(addTemplate(emptyWorkbook(), language).data);
  return { bytes: await exportModel(model), values: await exportModel(model, true), model };
}
