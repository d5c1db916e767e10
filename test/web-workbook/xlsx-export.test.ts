// The .xlsx export: our formulas renamed for Excel, everything else left as it was, the parts zipped.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { excelFormula, renameInSheetXml, zipXlsx } from '../../web-workbook/xlsx-export';

describe('excelFormula', () => {
  it.each([
    ['NPS(Survey_Score)', 'KPI.NPS(Survey_Score)'],
    ['KPI_GROWTH(B2, B3)', 'KPI.GROWTH(B2, B3)'],
    ['nps(A1:A9)', 'KPI.NPS(A1:A9)'],
    ['ROUND(WIN_RATE(Deals_Status), 2)', 'ROUND(KPI.WIN_RATE(Deals_Status), 2)'],
    ['CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))', 'KPI.CLOSE_RATE(COUNTA(Leads_Id), COUNTIF(Leads_Stage, "Customer"))'],
    ['BY_PERIOD(FILTER(Deals_Closed, Deals_Status="Won"), , "month")', 'KPI.BY_PERIOD(_xlfn._xlws.FILTER(Deals_Closed, Deals_Status="Won"), , "month")'],
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
    expect(renameInSheetXml(xml)).toBe('<c r="B5"><f>KPI.WIN_RATE(Deals_Status)&amp;""</f><v>0.34</v></c><c r="A1" t="inlineStr"><is><t>NPS(</t></is></c><c r="C1"><f t="array" ref="C1:D3">KPI.NPS_BREAKDOWN(A1:A3)</f></c>');
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
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toBe('<f>KPI.NPS(A1:A3)</f>');
    expect(strFromU8(parts['xl/workbook.xml'])).toBe('<definedName>NPS(</definedName>');
    expect([...parts['xl/media/image1.png']]).toEqual([0, 1, 2]);
  });
});
