// No function name of ours hides a built-in: checked against the function lists of an Excel-compatible and a Sheets-compatible engine.
import { createRequire } from 'node:module';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { REGISTRY, sheetsName } from '../../core';

const require = createRequire(import.meta.url);
/** o-spreadsheet follows Google Sheets' function set (it has GROWTH, which HyperFormula lacks); none of ours is registered in this process. */
const oSpreadsheet = require('@odoo/o-spreadsheet/dist/o_spreadsheet.cjs') as { registries: { functionRegistry: { getKeys(): string[] } } };

const SHEETS_LIKE = new Set(oSpreadsheet.registries.functionRegistry.getKeys().map((name) => name.toUpperCase()));
const EXCEL_LIKE = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));

describe('function names', () => {
  it('reads real function lists (GROWTH and FILTER are built-ins there)', () => {
    expect(SHEETS_LIKE.has('GROWTH')).toBe(true);
    expect(SHEETS_LIKE.has('FILTER')).toBe(true);
    expect(EXCEL_LIKE.has('FILTER')).toBe(true);
    expect(SHEETS_LIKE.size).toBeGreaterThan(300);
    expect(EXCEL_LIKE.size).toBeGreaterThan(300);
  });

  it('gives every function a Sheets name that no built-in function has', () => {
    for (const def of REGISTRY) {
      expect(SHEETS_LIKE.has(sheetsName(def)), sheetsName(def)).toBe(false);
      expect(EXCEL_LIKE.has(sheetsName(def)), sheetsName(def)).toBe(false);
    }
  });

  it('renames exactly the ids that are built-ins: GROWTH', () => {
    const renamed = REGISTRY.filter((def) => sheetsName(def) !== def.id).map((def) => def.id);
    expect(renamed).toEqual(REGISTRY.filter((def) => SHEETS_LIKE.has(def.id) || EXCEL_LIKE.has(def.id)).map((def) => def.id));
    expect(renamed).toEqual(['GROWTH']);
  });
});
