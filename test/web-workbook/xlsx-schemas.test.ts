// Every part of an exported .xlsx validates against the ECMA-376 transitional schemas; manifest.xml against the add-in manifest schemas.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exportModel, exportSample, nodeEngine } from '../helpers/node-export';
import { schemaErrors, xlsxSchemaErrors } from '../helpers/xml-schemas';
import { emptyWorkbook, type FigureData } from '../../web-workbook/workbook-data';

/** Each part's validity errors, by path; a part no schema covers is an error too. */
const partErrors = (bytes: Uint8Array) => xlsxSchemaErrors(Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)])));

/** A chart figure of the gallery sheet, over its data (A1:D7: months, revenue, cost, margin). */
function chart(id: string, row: number, data: Record<string, unknown>): FigureData {
  return {
    id, col: 6, row, offset: { x: 0, y: 0 }, width: 400, height: 250, tag: 'chart',
    data: {
      chartId: id, title: { text: id }, legendPosition: 'bottom', dataSetStyles: {},
      dataSource: { type: 'range', dataSets: [{ dataSetId: '0', dataRange: 'B1:B7' }, { dataSetId: '1', dataRange: 'C1:C7' }], dataSetsHaveTitle: true, labelRange: 'A1:A7' },
      ...data,
    },
  };
}

/** One chart of each kind o-spreadsheet writes into an .xlsx, with what they can carry (trend lines, a second axis, a translucent colour, holes). */
const GALLERY: readonly [string, Record<string, unknown>][] = [
  ['column', { type: 'bar', stacked: false, horizontal: false, dataSetStyles: { '0': { trend: { type: 'polynomial', order: 2, display: true } }, '1': { yAxisId: 'y1' } } }],
  ['bars lying down, stacked', { type: 'bar', stacked: true, horizontal: true }],
  ['combo', { type: 'combo', dataSetStyles: { '1': { yAxisId: 'y1', trend: { type: 'trailingMovingAverage', window: 3, display: true } } } }],
  ['line', { type: 'line', stacked: false, dataSetStyles: { '0': { backgroundColor: '#1D4ED880', trend: { type: 'exponential', display: true } } } }],
  ['scatter', { type: 'scatter', dataSetStyles: { '1': { yAxisId: 'y1' } } }],
  ['pie', { type: 'pie', isDoughnut: false }],
  ['doughnut', { type: 'pie', isDoughnut: true, pieHolePercentage: 50 }],
  ['doughnut with a hole too wide', { type: 'pie', isDoughnut: true, pieHolePercentage: 95 }],
  ['pyramid', { type: 'pyramid' }],
  ['radar', { type: 'radar' }],
];

function galleryWorkbook() {
  const data = emptyWorkbook();
  const sheet = data.sheets[0];
  const rows = [['Month', 'Revenue', 'Cost', 'Margin'], ['Jan', 120, 80, 0.33], ['Feb', 150, 90, 0.4], ['Mar', 90, 95, -0.06], ['Apr', 210, 120, 0.43], ['May', 180, 100, 0.44], ['Jun', 240, 130, 0.46]];
  rows.forEach((values, r) => values.forEach((value, c) => { sheet.cells[`${'ABCD'[c]}${r + 1}`] = String(value); }));
  sheet.figures = GALLERY.map(([id, spec], i) => chart(id, i * 14, spec));
  sheet.conditionalFormats = [
    { id: 'scale', ranges: ['B2:B7'], rule: { type: 'ColorScaleRule', minimum: { type: 'value', color: 0xffffff }, maximum: { type: 'value', color: 0x5b9bd5 } } },
    { id: 'negative', ranges: ['D2:D7'], rule: { type: 'CellIsRule', operator: 'isLessThan', values: ['0'], style: { fillColor: '#FEE2E2', textColor: '#B91C1C' } } },
  ];
  return data;
}

describe('the exported .xlsx against the ECMA-376 transitional schemas', () => {
  let sample: Record<string, string[]>;
  let values: Record<string, string[]>;
  let persian: Record<string, string[]>;
  let gallery: Record<string, string[]>;

  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const exported = await exportSample('en');
    sample = await partErrors(exported.bytes);
    values = await partErrors(exported.values);
    persian = await partErrors((await exportSample('fa')).bytes);
    const engine = nodeEngine('en');
    gallery = await partErrors(await exportModel(new engine.Model(galleryWorkbook())));
  }, 180_000);

  it('finds nothing in any part of the sample dashboard, its charts, styles and conditional formats included', () => {
    // The funnel among them, as bars lying down (o-spreadsheet writes no funnel).
    expect(Object.keys(sample).filter((path) => path.startsWith('xl/charts/'))).toHaveLength(5);
    expect(Object.keys(sample).length).toBeGreaterThanOrEqual(20);
    expect(sample).toEqual(Object.fromEntries(Object.keys(sample).map((path) => [path, []])));
  });

  it('finds nothing in the values copy', () => {
    expect(values).toEqual(Object.fromEntries(Object.keys(values).map((path) => [path, []])));
  });

  it('finds nothing in the Persian sample', () => {
    expect(persian).toEqual(Object.fromEntries(Object.keys(persian).map((path) => [path, []])));
  });

  it('finds nothing in a chart of any kind the export writes (trend lines, second axes, translucent colours, pie and doughnut holes)', () => {
    expect(Object.keys(gallery).filter((path) => path.startsWith('xl/charts/'))).toHaveLength(GALLERY.length);
    expect(gallery).toEqual(Object.fromEntries(Object.keys(gallery).map((path) => [path, []])));
  });
});

describe('manifest.xml against the add-in manifest schemas', () => {
  it('is valid', async () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(await schemaErrors('office-addin-manifest', 'OfficeAppManifestV1_1.xsd', 'manifest.xml', manifest)).toEqual([]);
  });

  it('reports what the schemas forbid (a check that can fail)', async () => {
    const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8').replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>');
    const errors = await schemaErrors('office-addin-manifest', 'OfficeAppManifestV1_1.xsd', 'manifest.xml', manifest);
    expect(errors.join('\n')).toMatch(/Id/);
  });
});
