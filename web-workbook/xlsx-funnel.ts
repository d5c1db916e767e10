// The funnel chart through an .xlsx: written as lying bars Excel draws (o-spreadsheet writes no funnel), marked so that it opens as a funnel again.

/** What o-spreadsheet's chart types give the .xlsx export. */
interface ExcelChartBuilder {
  getDefinitionForExcel(getters: unknown, definition: Record<string, unknown>, excelData: unknown): Record<string, unknown> | undefined;
}

/** The part of the engine that holds its chart types. */
export interface ChartEngine {
  readonly registries: { readonly chartTypeRegistry: { get(type: string): ExcelChartBuilder } };
}

/**
 * Makes o-spreadsheet write each funnel chart into an .xlsx as the bar chart a funnel is drawn with in
 * Excel: bars lying down, the first stage at the top, values shown. Without this the export leaves the
 * funnel out (19.3.7 writes charts it cannot express as pictures, and none in a worker).
 */
export function funnelAsBarsForExcel(engine: ChartEngine): void {
  const types = engine.registries.chartTypeRegistry;
  const funnel = types.get('funnel');
  const bar = types.get('bar');
  funnel.getDefinitionForExcel = (getters, definition, excelData) => bar.getDefinitionForExcel(getters, {
    ...definition, type: 'bar', horizontal: true, stacked: false, showValues: true, legendPosition: 'none',
  }, excelData);
}

/** The extension (the schema's `extLst`, which Excel keeps and ignores) that says a chart part is a funnel. */
export const FUNNEL_EXTENSION_URI = '{6C1D2B5E-8F43-4A9C-B1E7-5A3F0D9C2E41}';
const FUNNEL_MARK = `<c:extLst><c:ext uri="${FUNNEL_EXTENSION_URI}" xmlns:skpi="urn:sales-kpi:chart"><skpi:funnel/></c:ext></c:extLst>`;

/** Where a funnel's values end: its sheet and the last cell of its values range, a key that the chart keeps from the file to the grid. */
export function funnelKey(valuesRange: string): string | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?[A-Z]{1,3}\$?\d+(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(valuesRange.trim());
  if (!match) return undefined;
  const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
  const last = match[3] !== undefined ? `${match[3]}${match[4]}` : /!\$?([A-Z]{1,3})\$?(\d+)/.exec(valuesRange)!.slice(1).join('');
  return `${sheet}!${last}`;
}

/** What the export reads of the model to know its funnels. */
export interface FunnelGetters {
  getSheetIds(): string[];
  getChartIds(sheetId: string): string[];
  getChartType(chartId: string): string;
  getChart(chartId: string): { getDefinitionForExcel(getters: unknown): { dataSets?: readonly { range: string }[] } | undefined } | undefined;
}

/** The keys of the workbook's funnels, from the very definitions the export writes. */
export function funnelKeysOf(getters: FunnelGetters): Set<string> {
  const keys = new Set<string>();
  for (const sheetId of getters.getSheetIds()) {
    for (const chartId of getters.getChartIds(sheetId)) {
      if (getters.getChartType(chartId) !== 'funnel') continue;
      const range = getters.getChart(chartId)?.getDefinitionForExcel(getters)?.dataSets?.[0]?.range;
      const key = range === undefined ? undefined : funnelKey(range);
      if (key !== undefined) keys.add(key);
    }
  }
  return keys;
}

/** The key of a chart part's first series (its values' reference), if it is bars lying down. */
function lyingBarsKey(chartXml: string): string | undefined {
  if (!/<c:barDir val="bar"\s*\/>/.test(chartXml)) return undefined;
  const values = /<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(chartXml)?.[1];
  return values === undefined ? undefined : funnelKey(values.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

/** A chart part marked as a funnel when it is one of `funnels`; any other part as it came. */
export function withFunnelMark(chartXml: string, funnels: ReadonlySet<string>): string {
  const key = lyingBarsKey(chartXml);
  if (key === undefined || !funnels.has(key) || chartXml.includes(FUNNEL_EXTENSION_URI)) return chartXml;
  return chartXml.replace(/<\/c:chartSpace>\s*$/, `${FUNNEL_MARK}</c:chartSpace>`);
}

/** The keys of the chart parts of a file that carry the funnel mark. */
export function markedFunnels(parts: Readonly<Record<string, string>>): Set<string> {
  const keys = new Set<string>();
  for (const [path, xml] of Object.entries(parts)) {
    if (!/^xl\/charts\/chart\d+\.xml$/.test(path) || !xml.includes(FUNNEL_EXTENSION_URI)) continue;
    const key = lyingBarsKey(xml);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

/** A figure of a workbook's data as o-spreadsheet's import makes it. */
interface ImportedFigure {
  tag: string;
  data: Record<string, unknown> & { type?: string; dataSource?: { dataSets?: readonly { dataRange: string }[] } };
}

/** The marked charts of an opened file as funnels again, their stages, title and colours as the file has them. */
export function withFunnelsBack(sheets: readonly { figures?: ImportedFigure[] }[], funnels: ReadonlySet<string>): void {
  if (funnels.size === 0) return;
  for (const sheet of sheets) {
    for (const figure of sheet.figures ?? []) {
      const range = figure.tag === 'chart' && figure.data.type === 'bar' ? figure.data.dataSource?.dataSets?.[0]?.dataRange : undefined;
      const key = range === undefined ? undefined : funnelKey(range);
      if (key === undefined || !funnels.has(key)) continue;
      const { stacked: _stacked, zoomable: _zoomable, ...rest } = figure.data;
      figure.data = { ...rest, type: 'funnel', horizontal: true, showValues: true, legendPosition: 'none' };
    }
  }
}
