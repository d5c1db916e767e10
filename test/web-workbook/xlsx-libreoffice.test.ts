// The exported sample workbook opened in LibreOffice Calc, recalculated there: every plain formula computes the value the browser shows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REGISTRY, sheetsName } from '../../core';
import { findSoffice } from '../../scripts/browser';
import { exportSample, type ExportedModel } from '../helpers/node-export';

/** LibreOffice set to recalculate every formula of an .xlsx on load, instead of showing the values the file caches. */
function recalculatingProfile(dir: string): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return `file://${dir}`;
}

/** A CSV line as LibreOffice writes it: fields in double quotes where they hold a comma or a quote. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(field); field = ''; } else field += ch;
  }
  out.push(field);
  return out;
}

/** A number as the CSV export writes it: in full, but with a percent format's `%` (34.7319347319347%). */
const csvNumber = (text: string) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));

/**
 * A formula LibreOffice can compute without the add-in: none of our functions, no FILTER (Debian's 7.4 has
 * none), and nothing over a KPI's spilled table (the RFM segments and the forecast's columns, the cohort
 * triangle's headers), which LibreOffice can only see as the errors of the KPI calls it cannot make.
 */
const OURS = new RegExp(`\\b(${REGISTRY.map((def) => sheetsName(def)).join('|')}|FILTER)\\s*\\(`, 'i');
const isPlain = (formula: string) => !OURS.test(formula) && !/\b(Rfm_|Clv_)|ISBLANK\(/.test(formula);

describe('the exported sample workbook in LibreOffice Calc', () => {
  let csv: Record<string, string[][]>;
  let valuesCsv: Record<string, string[][]>;
  let model: ExportedModel;

  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const soffice = findSoffice();
    if ('problem' in soffice) throw new Error(soffice.problem);
    const exported = await exportSample();
    model = exported.model;
    const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-lo-'));
    writeFileSync(join(dir, 'sample.xlsx'), exported.bytes);
    writeFileSync(join(dir, 'values.xlsx'), exported.values);
    // Every sheet to CSV (the last option, -1), formulas as their computed values, in UTF-8 (76).
    const run = spawnSync(soffice.found, [
      `-env:UserInstallation=${recalculatingProfile(join(dir, 'profile'))}`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'out'), join(dir, 'sample.xlsx'), join(dir, 'values.xlsx'),
    ], { encoding: 'utf8', timeout: 180_000 });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    const read = (book: string) => Object.fromEntries(readdirSync(join(dir, 'out')).filter((file) => file.startsWith(`${book}-`)).map((file) => [
      file.slice(book.length + 1).replace(/\.csv$/, ''),
      readFileSync(join(dir, 'out', file), 'utf8').split(/\r?\n/).map(csvFields),
    ]));
    csv = read('sample');
    valuesCsv = read('values');
  }, 240_000);

  it('opens every sheet of the workbook', () => {
    expect(Object.keys(csv).sort()).toEqual(['Dashboard', 'Deals', 'Leads', 'Orders', 'Sheet1', 'Spend', 'Survey']);
  });

  it('computes every plain formula of the Dashboard to the value the browser shows, over the defined names', () => {
    const { getters } = model;
    const sheetId = getters.getSheetIdByName('Dashboard');
    const compared: string[] = [];
    for (const { id } of getters.getCells(sheetId)) {
      const position = getters.getCellPosition(id);
      const formula = getters.getCellText(position, { showFormula: true });
      if (!formula.startsWith('=') || !isPlain(formula)) continue;
      const shown = getters.getEvaluatedCell(position).value;
      const computed = csv.Dashboard[position.row]?.[position.col] ?? '';
      const where = `${formula} at row ${position.row + 1}, column ${position.col + 1}`;
      if (typeof shown === 'number') expect(csvNumber(computed), where).toBeCloseTo(shown, 6);
      else expect(computed, where).toBe(shown === null || shown === undefined ? '' : String(shown));
      compared.push(formula);
    }
    // The status block's COUNTIFs and SUMIFs and the won and lost labels, the funnel's stage counts, and more.
    expect(compared.filter((f) => /COUNTIF\(Deals_Status/.test(f)).length).toBeGreaterThanOrEqual(3);
    expect(compared.filter((f) => /COUNTIF\(Leads_Stage/.test(f)).length).toBe(4);
    expect(compared.length).toBeGreaterThanOrEqual(40);
  });

  it('shows #NAME? for the KPI calls themselves, as Calc has no add-in: the values copy is for readers without it', () => {
    const [label, value] = csv.Dashboard[4];
    expect([label, value]).toEqual(['Win rate', '#NAME?']);
  });

  it('shows, in the values copy recalculated, every cell of the Dashboard as the browser shows it', () => {
    const { getters } = model;
    const sheetId = getters.getSheetIdByName('Dashboard');
    let compared = 0;
    const rows = valuesCsv.Dashboard;
    for (let row = 0; row < rows.length; row++) {
      for (let col = 0; col < rows[row].length; col++) {
        const shown = getters.getEvaluatedCell({ sheetId, col, row }).value;
        const computed = rows[row][col];
        const where = `row ${row + 1}, column ${col + 1}`;
        if (typeof shown === 'number') expect(csvNumber(computed), where).toBeCloseTo(shown, 6);
        else expect(computed, where).toBe(shown === null || shown === undefined ? '' : String(shown));
        if (shown !== null && shown !== undefined && shown !== '') compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
