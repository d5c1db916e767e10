// Exported and opened again through o-spreadsheet's import: the same workbook, every Dashboard value computing to what it was.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exportSample, nodeEngine, withDomParser, type ExportedModel } from '../helpers/node-export';
import type { WorkbookData } from '../../web-workbook/workbook-data';
import { openXlsxWorkbook, xlsxFiles, type XlsxFiles } from '../../web-workbook/xlsx-open';

interface OpenedModel extends ExportedModel {
  readonly getters: ExportedModel['getters'] & {
    getSheetName(sheetId: string): string;
    getChartIds(sheetId: string): string[];
    getChartType(chartId: string): string;
    getChartDefinition(chartId: string): { title: { text?: string } };
    getConditionalFormats(sheetId: string): unknown[];
    getNumberRows(sheetId: string): number;
    getNumberCols(sheetId: string): number;
  };
}

describe('the sample workbook exported and opened again', () => {
  let before: OpenedModel;
  let after: OpenedModel;
  let dropped: readonly string[];

  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const exported = await exportSample('en');
    before = exported.model as OpenedModel;
    const engine = nodeEngine('en') as unknown as { Model: new (data: unknown) => OpenedModel; load: (files: XlsxFiles) => WorkbookData };
    const opened = withDomParser(() => openXlsxWorkbook(xlsxFiles(exported.bytes), (files) => engine.load(files)));
    dropped = opened.droppedNames;
    after = new engine.Model(opened.data);
  }, 120_000);

  const sheetNames = (model: OpenedModel) => model.getters.getSheetIds().map((id) => model.getters.getSheetName(id));
  const charts = (model: OpenedModel) => model.getters.getSheetIds().flatMap((id) => model.getters.getChartIds(id).map((chartId) => `${model.getters.getChartType(chartId)}: ${model.getters.getChartDefinition(chartId).title.text}`));

  it('has every sheet, in order', () => {
    expect(sheetNames(after)).toEqual(sheetNames(before));
  });

  it('has every named range back', () => {
    expect(dropped).toEqual([]);
    expect(Object.keys((after.exportData() as WorkbookData).namedRanges).sort()).toEqual(Object.keys((before.exportData() as WorkbookData).namedRanges).sort());
  });

  it('has every chart back, the funnel as a funnel', () => {
    expect(charts(after)).toEqual(charts(before));
    expect(charts(after).filter((chart) => chart.startsWith('funnel:'))).toHaveLength(1);
  });

  it('computes every cell of the Dashboard to the value it had, cell by cell', () => {
    const sheetId = (model: OpenedModel) => model.getters.getSheetIdByName('Dashboard');
    const [was, is] = [before, after].map((model) => model.getters.getSheetIds().includes(sheetId(model)) ? sheetId(model) : '');
    let compared = 0;
    const differences: string[] = [];
    for (let row = 0; row < before.getters.getNumberRows(was); row++) {
      for (let col = 0; col < before.getters.getNumberCols(was); col++) {
        const a = before.getters.getEvaluatedCell({ sheetId: was, col, row }).value;
        const b = after.getters.getEvaluatedCell({ sheetId: is, col, row }).value;
        if (a !== null && a !== '' && a !== undefined) compared++;
        const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : (a ?? '') === (b ?? '');
        if (!same) differences.push(`row ${row + 1}, col ${col + 1}: ${String(a)} → ${String(b)}`);
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(2000);
  });

  it('keeps the formulas as they were written', () => {
    const formulas = (model: OpenedModel) => {
      const sheetId = model.getters.getSheetIdByName('Dashboard');
      return model.getters.getCells(sheetId).map(({ id }) => model.getters.getCellText(model.getters.getCellPosition(id), { showFormula: true })).filter((text) => text.startsWith('=')).sort();
    };
    expect(formulas(after)).toEqual(formulas(before));
  });

  it('keeps the conditional formats', () => {
    const count = (model: OpenedModel) => model.getters.getSheetIds().map((id) => model.getters.getConditionalFormats(id).length);
    expect(count(after)).toEqual(count(before));
  });
});
