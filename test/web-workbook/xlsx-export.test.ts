// The .xlsx export: our formulas renamed for Excel, everything else left as it was, the parts zipped.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { definedNameRef, excelFormula, renameInSheetXml, withDefinedNames, withKpiValues, withoutTextMarks, withSpilledValues, zipXlsx } from '../../web-workbook/xlsx-export';

describe('excelFormula', () => {
  it.each([
    ['NPS(Survey_Score)', '_xldudf_KPI_NPS(Survey_Score)'],
    ['KPI_GROWTH(B2, B3)', '_xldudf_KPI_GROWTH(B2, B3)'],
    ['nps(A1:A9)', '_xldudf_KPI_NPS(A1:A9)'],
    ['ROUND(WIN_RATE(Deals_Status), 2)', 'ROUND(_xldudf_KPI_WIN_RATE(Deals_Status), 2)'],
    ['CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))', '_xldudf_KPI_CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))'],
    ['BY_PERIOD(FILTER(Deals_Closed, Deals_Status="Won"), , "month")', '_xldudf_KPI_BY_PERIOD(_xlfn._xlws.FILTER(Deals_Closed, Deals_Status="Won"), , "month")'],
    ['SORT(A1:A3)', '_xlfn._xlws.SORT(A1:A3)'],
  ])('renames %s to %s', (formula, excel) => {
    expect(excelFormula(formula)).toBe(excel);
  });

  it('leaves text in quotes, sheet names and other functions alone', () => {
    expect(excelFormula('CONCAT("NPS(", \'NPS(x)\'!A1, SUM(A1:A2))')).toBe('CONCAT("NPS(", \'NPS(x)\'!A1, SUM(A1:A2))');
  });
});

describe('renameInSheetXml', () => {
  it('renames inside <f> elements only, keeping the XML escaped', () => {
    const xml = '<c r="B5"><f>WIN_RATE(Deals_Status)&amp;""</f><v>0.34</v></c><c r="A1" t="inlineStr"><is><t>NPS(</t></is></c><c r="C1"><f t="array" ref="C1:D3">NPS_BREAKDOWN(A1:A3)</f></c>';
    expect(renameInSheetXml(xml)).toBe('<c r="B5"><f>_xldudf_KPI_WIN_RATE(Deals_Status)&amp;""</f><v>0.34</v></c><c r="A1" t="inlineStr"><is><t>NPS(</t></is></c><c r="C1"><f t="array" ref="C1:D3">_xldudf_KPI_NPS_BREAKDOWN(A1:A3)</f></c>');
  });
});

describe('zipXlsx', () => {
  it('zips every part, renaming formulas in worksheets only', () => {
    const bytes = zipXlsx({
      name: 'x.xlsx',
      files: [
        { path: 'xl/worksheets/sheet1.xml', content: '<f>NPS(A1:A3)</f>' },
        { path: 'xl/workbook.xml', content: '<definedName>NPS(</definedName>' },
        { path: 'xl/media/image1.png', imageSrc: 'data:image/png;base64,AAEC' },
      ],
    });
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toBe('<f>_xldudf_KPI_NPS(A1:A3)</f>');
    // The workbook part gets only the defined names (none given here), its text otherwise as it was.
    expect(strFromU8(parts['xl/workbook.xml'])).toBe('<definedName>NPS(</definedName>');
    expect([...parts['xl/media/image1.png']]).toEqual([0, 1, 2]);
  });
});

describe('definedNameRef', () => {
  it.each([
    ["'Deals (2)'!E2:E", "'Deals (2)'!$E$2:$E$1048576"],
    ['Deals!E2:E', 'Deals!$E$2:$E$1048576'],
    ["'داشبورد'!H55:H58", "'داشبورد'!$H$55:$H$58"],
    ['Dashboard!B5', 'Dashboard!$B$5'],
    ["'It''s'!$A$1:$B$2", "'It''s'!$A$1:$B$2"],
  ])('writes %s as %s', (range, ref) => {
    expect(definedNameRef(range)).toBe(ref);
  });

  it('gives nothing for what is no block of cells', () => {
    expect(definedNameRef('A1:B2')).toBeUndefined();
    expect(definedNameRef('#REF!')).toBeUndefined();
  });
});

describe('withDefinedNames', () => {
  const workbook = '<workbook><bookViews/><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets><calcPr/></workbook>';

  it('writes each named range as a defined name after the sheets, names and references escaped', () => {
    expect(withDefinedNames(workbook, { Deals_Status: 'Deals!E2:E', Status_Won: "'Q&A'!G56:G63" })).toBe(
      '<workbook><bookViews/><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/></sheets><definedNames>'
      + '<definedName name="Deals_Status">Deals!$E$2:$E$1048576</definedName><definedName name="Status_Won">\'Q&amp;A\'!$G$56:$G$63</definedName>'
      + '</definedNames><calcPr/></workbook>',
    );
  });

  it('keeps the defined names o-spreadsheet wrote itself, and a workbook without names as it is', () => {
    const written = '<workbook><sheets/><definedNames><definedName name="X">A!$A$1</definedName></definedNames></workbook>';
    expect(withDefinedNames(written, { Deals_Status: 'Deals!E2:E' })).toBe(written);
    expect(withDefinedNames(workbook, {})).toBe(workbook);
  });
});

describe('withSpilledValues', () => {
  // As o-spreadsheet 19.3.7 writes a spilled table: the formula and value in its first cell, the rest empty.
  const xml = '<row r="1"><c r="B1" cm="1" t="n"><f t="array" ref="B1:C2">_xlfn.SEQUENCE(2,2)</f><v>1</v></c><c r="C1">\n</c></row>'
    + '<row r="2"><c r="B2" s="3">\n</c><c r="C2"/><c r="D2" s="1"/></row>';
  const grid: Record<string, unknown> = { '0,1': 1, '0,2': 'Web & mail', '1,1': true, '1,2': '#DIV/0!', '1,3': null };

  it('writes each spilled cell\'s value as Excel caches a dynamic array\'s, keeping its style, and leaves empty cells empty', () => {
    expect(withSpilledValues(xml, (row, col) => grid[`${row},${col}`])).toBe(
      '<row r="1"><c r="B1" cm="1" t="n"><f t="array" ref="B1:C2">_xlfn.SEQUENCE(2,2)</f><v>1</v></c><c r="C1" t="str"><v>Web &amp; mail</v></c></row>'
      + '<row r="2"><c r="B2" s="3" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" s="1"/></row>',
    );
  });

  it('writes a number as its shortest text, and an engine error Excel does not have as text', () => {
    expect(withSpilledValues('<c r="A1"/><c r="A2"/>', (row) => (row === 0 ? 0.1 + 0.2 : '#ERROR'))).toBe('<c r="A1"><v>0.30000000000000004</v></c><c r="A2" t="str"><v>#ERROR</v></c>');
  });
});

describe('withoutTextMarks', () => {
  it('leaves out the apostrophe the grid keeps before a text that would read as something else', () => {
    expect(withoutTextMarks('<sst><si><t>&apos;08123</t></si><si><t>\'TRUE</t></si><si><t xml:space="preserve">&apos;-2+3</t></si><si><t>it&apos;s</t></si><si><t>&apos;&apos;quoted</t></si></sst>'))
      .toBe('<sst><si><t>08123</t></si><si><t>TRUE</t></si><si><t xml:space="preserve">-2+3</t></si><si><t>it&apos;s</t></si><si><t>&apos;quoted</t></si></sst>');
  });
});

describe('withKpiValues', () => {
  it('leaves each Sales KPI formula as its value, a spilled one without its array metadata, and every other formula as it was', () => {
    const xml = '<c r="B5" s="2"><f>_xldudf_KPI_WIN_RATE(Deals_Status,Status_Won,Status_Lost)</f><v>0.347</v></c>'
      + '<c r="A40" cm="1" t="n"><f t="array" ref="A40:D43">_xldudf_KPI_FUNNEL(Funnel_Count,Funnel_Stage)</f><v>1200</v></c>'
      + '<c r="B6" t="str"><f>ROUND(_xldudf_KPI_NPS(Survey_NpsScore),0)&amp;" pts"</f><v>26 pts</v></c>'
      + '<c r="H55"><f>COUNTIF(Leads_Stage,"MQL")</f><v>1200</v></c>'
      + '<c r="B9"><f>_xldudf_KPI_CAC(Spend_Amount,0)</f></c>';
    expect(withKpiValues(xml)).toBe('<c r="B5" s="2"><v>0.347</v></c><c r="A40" t="n"><v>1200</v></c><c r="B6" t="str"><v>26 pts</v></c>'
      + '<c r="H55"><f>COUNTIF(Leads_Stage,"MQL")</f><v>1200</v></c><c r="B9"/>');
  });

  it('is what zipXlsx writes for the values copy, and only then', () => {
    const parts = { name: 'x.xlsx', files: [{ path: 'xl/worksheets/sheet0.xml', content: '<c r="A1"><f>NPS(B1:B3)</f><v>50</v></c>' }] };
    expect(strFromU8(unzipSync(zipXlsx(parts, { valuesOnly: true }))['xl/worksheets/sheet0.xml'])).toBe('<c r="A1"><v>50</v></c>');
    expect(strFromU8(unzipSync(zipXlsx(parts))['xl/worksheets/sheet0.xml'])).toBe('<c r="A1"><f>_xldudf_KPI_NPS(B1:B3)</f><v>50</v></c>');
  });
});
