// The mends of o-spreadsheet's parts: chart children in the schema's order, holes in range, colours as each schema writes them.
import { describe, expect, it } from 'vitest';
import { schemaValidChart, schemaValidPart, withArgbColours } from '../../web-workbook/xlsx-schema-fixes';

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"';
const space = (plot: string, before = '') => `<c:chartSpace ${NS}>${before}<c:chart><c:plotArea><c:layout/>${plot}</c:plotArea></c:chart></c:chartSpace>`;
const body = (xml: string) => xml.replace(/^<\?xml[^>]*\?>\n/, '');

describe('schemaValidChart', () => {
  it('puts the chart space’s shape properties after the chart, as the schema orders them', () => {
    const xml = `<c:chartSpace ${NS}>\n  <c:roundedCorners val="0" />\n  <!-- a comment -->\n  <c:spPr><a:noFill/></c:spPr>\n  <c:chart><c:autoTitleDeleted val="0"/></c:chart>\n</c:chartSpace>`;
    expect(body(schemaValidChart(xml))).toBe(`<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/></c:chart><c:spPr><a:noFill/></c:spPr></c:chartSpace>`);
  });

  it('orders a bar group’s gap and overlap after its series, and an axis’s cross-reference after its scaling', () => {
    const xml = space('<c:barChart><c:barDir val="col"/><c:overlap val="-20"/><c:gapWidth val="70"/><c:varyColors val="0"/><c:ser><c:idx val="0"/></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>'
      + '<c:catAx><c:axId val="1"/><c:crossAx val="2"/><c:crosses val="min"/><c:delete val="0"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/></c:catAx>');
    expect(body(schemaValidChart(xml))).toBe(space('<c:barChart><c:barDir val="col"/><c:varyColors val="0"/><c:ser><c:idx val="0"/></c:ser><c:gapWidth val="70"/><c:overlap val="-20"/><c:axId val="1"/><c:axId val="2"/></c:barChart>'
      + '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/><c:crosses val="min"/></c:catAx>'));
  });

  it('keeps the chart groups of a combination in their drawing order, bars before the line', () => {
    const xml = space('<c:barChart><c:barDir val="col"/></c:barChart><c:lineChart><c:grouping val="standard"/></c:lineChart><c:valAx><c:axId val="2"/></c:valAx><c:catAx><c:axId val="1"/></c:catAx>');
    expect(body(schemaValidChart(xml))).toBe(xml);
  });

  it('writes a doughnut without a hole as the pie it is', () => {
    const xml = space('<c:doughnutChart><c:varyColors val="1" /><c:holeSize val="0" /><c:ser><c:idx val="0"/></c:ser></c:doughnutChart>');
    expect(body(schemaValidChart(xml))).toBe(space('<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/></c:ser></c:pieChart>'));
  });

  it('keeps a doughnut’s hole after its series, and within the schema’s 90 %', () => {
    expect(body(schemaValidChart(space('<c:doughnutChart><c:holeSize val="50" /><c:ser/></c:doughnutChart>')))).toBe(space('<c:doughnutChart><c:ser/><c:holeSize val="50"/></c:doughnutChart>'));
    expect(body(schemaValidChart(space('<c:doughnutChart><c:holeSize val="95" /><c:ser/></c:doughnutChart>')))).toBe(space('<c:doughnutChart><c:ser/><c:holeSize val="90"/></c:doughnutChart>'));
  });

  it('orders each series by its own group’s type: a line series’s smoothing last, a radar series without one', () => {
    expect(body(schemaValidChart(space('<c:lineChart><c:ser><c:idx val="0"/><c:order val="0"/><c:smooth val="0"/><c:marker><c:symbol val="circle"/></c:marker><c:val/></c:ser></c:lineChart>'))))
      .toBe(space('<c:lineChart><c:ser><c:idx val="0"/><c:order val="0"/><c:marker><c:symbol val="circle"/></c:marker><c:val/><c:smooth val="0"/></c:ser></c:lineChart>'));
    expect(body(schemaValidChart(space('<c:radarChart><c:radarStyle val="marker"/><c:ser><c:idx val="0"/><c:order val="0"/><c:smooth val="0"/><c:val/></c:ser></c:radarChart>'))))
      .toBe(space('<c:radarChart><c:radarStyle val="marker"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val/></c:ser></c:radarChart>'));
  });

  it('orders a trend line’s type before what it displays', () => {
    expect(body(schemaValidChart(space('<c:lineChart><c:ser><c:trendline><c:spPr/><c:dispRSqr val="0"/><c:dispEq val="0"/><c:trendlineType val="poly"/><c:order val="2"/></c:trendline></c:ser></c:lineChart>'))))
      .toBe(space('<c:lineChart><c:ser><c:trendline><c:spPr/><c:trendlineType val="poly"/><c:order val="2"/><c:dispRSqr val="0"/><c:dispEq val="0"/></c:trendline></c:ser></c:lineChart>'));
  });

  it('writes a translucent colour as six digits and its alpha, and leaves an opaque one', () => {
    expect(body(schemaValidChart(`<c:chartSpace ${NS}><c:spPr><a:solidFill><a:srgbClr val="801D4ED8"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`)))
      .toBe(`<c:chartSpace ${NS}><c:spPr><a:solidFill><a:srgbClr val="1D4ED8"><a:alpha val="50196"/></a:srgbClr></a:solidFill><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`);
  });

  it('keeps text as written, a run of a space and escaped characters included', () => {
    const xml = `<c:chartSpace ${NS}><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t> </a:t></a:r><a:r><a:t>R&amp;D &lt; 5</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart></c:chartSpace>`;
    expect(body(schemaValidChart(xml))).toBe(xml);
  });

  it('leaves a chart it has mended as it is', () => {
    const once = schemaValidChart(space('<c:doughnutChart><c:holeSize val="50" /><c:ser><c:dLbls/><c:idx val="0"/></c:ser></c:doughnutChart>', '<c:spPr/>'));
    expect(schemaValidChart(once)).toBe(once);
  });
});

describe('withArgbColours', () => {
  it('writes SpreadsheetML’s six-digit colours as opaque ARGB and leaves eight-digit ones', () => {
    expect(withArgbColours('<font><color rgb="1D4ED8"/></font><fill><patternFill><fgColor rgb="E5E7EB"/><bgColor rgb="80E5E7EB"/></patternFill></fill><color theme="1"/>'))
      .toBe('<font><color rgb="FF1D4ED8"/></font><fill><patternFill><fgColor rgb="FFE5E7EB"/><bgColor rgb="80E5E7EB"/></patternFill></fill><color theme="1"/>');
  });
});

describe('schemaValidPart', () => {
  it('mends charts, styles and worksheets, and leaves every other part as it came', () => {
    expect(schemaValidPart('xl/styles.xml', '<color rgb="000000"/>')).toBe('<color rgb="FF000000"/>');
    expect(schemaValidPart('xl/worksheets/sheet3.xml', '<tabColor rgb="5B9BD5"/>')).toBe('<tabColor rgb="FF5B9BD5"/>');
    expect(schemaValidPart('xl/sharedStrings.xml', '<t>color rgb="000000"</t>')).toBe('<t>color rgb="000000"</t>');
    expect(schemaValidPart('xl/charts/chart2.xml', `<c:chartSpace ${NS}/>`)).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}/>`);
  });
});
