// What o-spreadsheet 19.3.7 writes against the ECMA-376 transitional schemas, mended in one place: chart element order, hole sizes, colours.
//
// Each mend leaves a part that is already valid as it is, so that none does harm when a newer
// o-spreadsheet writes the part right; the schema test (test/web-workbook/xlsx-schemas.test.ts) says
// which are still needed: run it without `schemaValidPart` and see what fails.

/** A parsed element: its qualified name, its attributes as written, its children (text or elements). */
interface XmlElement {
  name: string;
  attrs: string;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

/** The elements of a part o-spreadsheet wrote (well-formed, no CDATA); comments and the declaration are dropped. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '', attrs: '', children: [] };
  const open: XmlElement[] = [root];
  for (const [, close, name, attrs, selfClosing, text] of xml.matchAll(TOKEN)) {
    const parent = open[open.length - 1];
    if (close !== undefined) {
      if (open.length > 1) open.pop();
    } else if (name !== undefined) {
      const element: XmlElement = { name, attrs: attrs ?? '', children: [] };
      parent.children.push(element);
      if (selfClosing !== '/') open.push(element);
    } else if (text !== undefined) {
      parent.children.push(text);
    }
  }
  return root;
}

function serialize(node: XmlNode): string {
  if (typeof node === 'string') return node;
  const hasElements = node.children.some((child) => typeof child !== 'string');
  // Between elements, text is the template's indentation; an element of text alone keeps its text (`<a:t> </a:t>`).
  const inner = (hasElements ? node.children.filter((child) => typeof child !== 'string') : node.children).map(serialize).join('');
  if (node.name === '') return inner;
  return inner === '' ? `<${node.name}${node.attrs}/>` : `<${node.name}${node.attrs}>${inner}</${node.name}>`;
}

const elements = (node: XmlElement) => node.children.filter((child): child is XmlElement => typeof child !== 'string');
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The child order of each chart element o-spreadsheet writes, from dml-chart.xsd: each entry a rank, the
 * names of one rank free among themselves (a plot area's chart groups and axes keep the order they have,
 * which is the drawing order). A series is typed by its chart group. A child the schema does not allow
 * there goes (the `smooth` o-spreadsheet gives a radar series).
 */
const CHILD_ORDER: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  chartSpace: ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'],
  chart: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'],
  plotArea: ['layout',
    ['areaChart', 'area3DChart', 'lineChart', 'line3DChart', 'stockChart', 'radarChart', 'scatterChart', 'pieChart', 'pie3DChart', 'doughnutChart', 'barChart', 'bar3DChart', 'ofPieChart', 'surfaceChart', 'surface3DChart', 'bubbleChart'],
    ['valAx', 'catAx', 'dateAx', 'serAx'], 'dTable', 'spPr', 'extLst'],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  lineChart: ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'],
  scatterChart: ['scatterStyle', 'varyColors', 'ser', 'dLbls', 'axId', 'extLst'],
  radarChart: ['radarStyle', 'varyColors', 'ser', 'dLbls', 'axId', 'extLst'],
  pieChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'extLst'],
  doughnutChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'holeSize', 'extLst'],
  'barChart/ser': ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  'lineChart/ser': ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'],
  'scatterChart/ser': ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'xVal', 'yVal', 'smooth', 'extLst'],
  'radarChart/ser': ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  'pieChart/ser': ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  'doughnutChart/ser': ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  catAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', ['crosses', 'crossesAt'], 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'],
  valAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', ['crosses', 'crossesAt'], 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  trendline: ['name', 'spPr', 'trendlineType', 'order', 'period', 'forward', 'backward', 'intercept', 'dispRSqr', 'dispEq', 'trendlineLbl', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  marker: ['symbol', 'size', 'spPr', 'extLst'],
  dPt: ['idx', 'invertIfNegative', 'marker', 'bubble3D', 'explosion', 'spPr', 'pictureOptions', 'extLst'],
};

const RANKS = new Map(Object.entries(CHILD_ORDER).map(([key, order]) => [key, new Map(order.flatMap((entry, rank) => (typeof entry === 'string' ? [entry] : entry).map((name) => [name, rank] as const)))]));

/** The hole of a doughnut, as the schema allows it (1–90 %). */
const HOLE = { min: 1, max: 90 } as const;

/** A chart element with its children in the schema's order, and the doughnut's hole inside the schema's range. */
function inChartOrder(element: XmlElement, parent: string): void {
  const name = localName(element.name);
  if (name === 'doughnutChart') {
    const hole = elements(element).find((child) => localName(child.name) === 'holeSize');
    const size = Number(/\bval="([^"]*)"/.exec(hole?.attrs ?? '')?.[1] ?? HOLE.min);
    // No hole is a pie: that is the chart the grid shows, and Excel reads it so.
    if (!(size >= HOLE.min)) {
      element.name = element.name.replace(/doughnutChart$/, 'pieChart');
      element.children = element.children.filter((child) => child !== hole);
    } else if (size > HOLE.max && hole) {
      hole.attrs = ` val="${HOLE.max}"`;
    }
  }
  const key = localName(element.name);
  const ranks = element.name.startsWith('c:') ? RANKS.get(`${parent}/${key}`) ?? RANKS.get(key) : undefined;
  if (ranks) {
    const ordered = elements(element).filter((child) => ranks.has(localName(child.name)));
    ordered.sort((a, b) => ranks.get(localName(a.name))! - ranks.get(localName(b.name))!);
    element.children = ordered;
  }
  for (const child of elements(element)) inChartOrder(child, key);
}

/** DrawingML's colour is six hex digits; o-spreadsheet writes a translucent one as eight (alpha first), which becomes an alpha child. */
function withDrawingColours(element: XmlElement): void {
  if (localName(element.name) === 'srgbClr') {
    const argb = /\bval="([0-9A-Fa-f]{8})"/.exec(element.attrs)?.[1];
    if (argb) {
      element.attrs = element.attrs.replace(argb, argb.slice(2));
      const alpha = Math.round((parseInt(argb.slice(0, 2), 16) / 255) * 100_000);
      element.children = [{ name: element.name.replace(/srgbClr$/, 'alpha'), attrs: ` val="${alpha}"`, children: [] }];
    }
  }
  for (const child of elements(element)) withDrawingColours(child);
}

/** A chart part in the schema's order, with its hole sizes and colours as the schema has them. */
export function schemaValidChart(xml: string): string {
  const root = parseXml(xml);
  for (const element of elements(root)) {
    inChartOrder(element, '');
    withDrawingColours(element);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(root)}`;
}

/** SpreadsheetML's colour is ARGB, eight hex digits; o-spreadsheet writes an opaque one as six (`rgb="FFFFFF"`). */
export function withArgbColours(xml: string): string {
  return xml.replace(/(<(?:\w+:)?(?:color|fgColor|bgColor|tabColor)\b[^>]*?\brgb=")([0-9A-Fa-f]{6})"/g, '$1FF$2"');
}

/** A part as the schemas have it: charts mended, SpreadsheetML colours in ARGB; every other part as it came. */
export function schemaValidPart(path: string, xml: string): string {
  if (/^xl\/charts\/chart\d+\.xml$/.test(path)) return schemaValidChart(xml);
  if (path === 'xl/styles.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return withArgbColours(xml);
  return xml;
}
