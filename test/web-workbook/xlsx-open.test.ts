// Reading an .xlsx whole: our functions under their names here from every form a file gives them, defined names as named ranges.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { nodeEngine, withDomParser } from '../helpers/node-export';
import type { WorkbookData } from '../../web-workbook/workbook-data';
import { browserFormula, definedNamesOf, namedRangeOf, openXlsxWorkbook, renameBackInSheetXml, xlsxFiles, xlsxKind, type XlsxFiles } from '../../web-workbook/xlsx-open';

describe('browserFormula', () => {
  it.each([
    ['_xldudf_KPI_NPS(Survey!B2:B9)', 'NPS(Survey!B2:B9)'],
    ['[2]!_xldudf_KPI_WIN_RATE(Deals[Status])', 'WIN_RATE(Deals[Status])'],
    ['KPI.GROWTH(B2,B3)', 'KPI_GROWTH(B2,B3)'],
    ['kpi.nps(A1:A9)', 'NPS(A1:A9)'],
    ['_xldudf_KPI_GROWTH(B2,B3)', 'KPI_GROWTH(B2,B3)'],
    ['_xldudf_KPI_BY_PERIOD(_xlfn._xlws.FILTER(Deals_Closed,Deals_Status="Won"),,"month")', 'BY_PERIOD(FILTER(Deals_Closed,Deals_Status="Won"),,"month")'],
    ['_xlfn.IFS(A1>1,1,TRUE,_xlfn.XLOOKUP(A1,B:B,C:C))', 'IFS(A1>1,1,TRUE,XLOOKUP(A1,B:B,C:C))'],
  ])('reads %s as %s', (file, here) => {
    expect(browserFormula(file)).toBe(here);
  });

  it('leaves text in quotes and sheet names as they are', () => {
    expect(browserFormula('IF(\'KPI.NPS(\'!A1="KPI.NPS(",SUM(A1),0)')).toBe('IF(\'KPI.NPS(\'!A1="KPI.NPS(",SUM(A1),0)');
  });
});

describe('renameBackInSheetXml', () => {
  it('renames inside <f> elements only, the XML kept escaped', () => {
    expect(renameBackInSheetXml('<c r="B5"><f>_xldudf_KPI_WIN_RATE(Deals_Status)&amp;""</f></c><c r="A1" t="inlineStr"><is><t>_xldudf_KPI_NPS(</t></is></c>'))
      .toBe('<c r="B5"><f>WIN_RATE(Deals_Status)&amp;""</f></c><c r="A1" t="inlineStr"><is><t>_xldudf_KPI_NPS(</t></is></c>');
  });
});

describe('namedRangeOf', () => {
  it.each([
    ["'Deals 2024'!$E$2:$E$1048576", "'Deals 2024'!E2:E"],
    ['Dashboard!$B$40:$B$43', 'Dashboard!B40:B43'],
    ['Dashboard!$B$4', 'Dashboard!B4'],
    ['=Deals!$E$2:INDEX(Deals!$E:$E,MATCH(2,1/(Deals!$A:$A<>"")))', 'Deals!E2:E'],
    ['داده!$C$2:$C$1048576', 'داده!C2:C'],
  ])('keeps %s as %s', (formula, range) => {
    expect(namedRangeOf(formula)).toBe(range);
  });

  it('keeps one column of a spilled table as that column of the block the file holds', () => {
    expect(namedRangeOf('INDEX(Dashboard!$AA$55#,0,2)', new Map([['Dashboard!AA55', 'AA55:AC65']]))).toBe('Dashboard!AB55:AB65');
    expect(namedRangeOf("INDEX('Πίνακας ελέγχου'!$A$5#,0,1)", new Map([['Πίνακας ελέγχου!A5', 'A5:B9']]))).toBe("'Πίνακας ελέγχου'!A5:A9");
  });

  it('gives nothing for what the grid cannot keep as a range', () => {
    expect(namedRangeOf('0.05')).toBeUndefined();
    expect(namedRangeOf('Deals!$A$1:$A$4,Deals!$C$1:$C$4')).toBeUndefined();
    expect(namedRangeOf('INDEX(Dashboard!$A$5#,0,2)')).toBeUndefined();
    expect(namedRangeOf('#REF!')).toBeUndefined();
  });
});

describe('definedNamesOf', () => {
  it('takes the workbook\'s names, leaves Excel\'s own and hidden ones, and lists those it cannot keep', () => {
    const files: XlsxFiles = {
      'xl/workbook.xml': '<workbook><sheets><sheet name="Dashboard" sheetId="1" r:id="rId1"/></sheets><definedNames>'
        + '<definedName name="Deals_Status">Deals!$E$2:$E$1048576</definedName>'
        + '<definedName name="_xlnm.Print_Area" localSheetId="0">Dashboard!$A$1:$H$40</definedName>'
        + '<definedName name="Secret" hidden="1">Deals!$A$1</definedName>'
        + '<definedName name="Rfm_Segment">INDEX(Dashboard!$AA$55#,0,1)</definedName>'
        + '<definedName name="Rate">0.05</definedName>'
        + '<definedName name="Local" localSheetId="0">Dashboard!$B$2</definedName>'
        + '</definedNames></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="55"><c r="AA55" cm="1"><f t="array" ref="AA55:AC65">_xldudf_KPI_RFM(A1:A9)</f><v>1</v></c></row></sheetData></worksheet>',
    };
    expect(definedNamesOf(files)).toEqual({ namedRanges: { Deals_Status: 'Deals!E2:E', Rfm_Segment: 'Dashboard!AA55:AA65' }, dropped: ['Rate', 'Local'] });
  });
});

/** A workbook as Excel with the add-in saves one: a table of deals, structured references, the add-in's functions as Excel names them in a file, a spilled table and a name over one of its columns. */
function excelMadeWorkbook(): Uint8Array {
  // Excel keeps text in the shared strings part, each cell its index.
  const strings: string[] = [];
  const text = (ref: string, value: string) => {
    if (!strings.includes(value)) strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.indexOf(value)}</v></c>`;
  };
  const deals = [['Deal', 'Status', 'Amount'], ['D1', 'Won', 1000], ['D2', 'Lost', 500], ['D3', 'Won', 3000], ['D4', 'Open', 700], ['D5', 'Won', 2000]];
  const dealRows = deals.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (typeof v === 'number' ? `<c r="${'ABC'[c]}${r + 1}"><v>${v}</v></c>` : text(`${'ABC'[c]}${r + 1}`, v))).join('')}</row>`).join('');
  const dashboard = '<row r="1">' + text('A1', 'Win rate')
    + '<c r="B1"><f>_xldudf_KPI_WIN_RATE(Deals[Status],"Won","Lost")</f><v>0.75</v></c></row>'
    + '<row r="2">' + text('A2', 'Won revenue') + '<c r="B2"><f>SUMIF(Deals[Status],"Won",Deals[Amount])</f><v>6000</v></c></row>'
    + '<row r="3">' + text('A3', 'Average won deal') + '<c r="B3"><f>[2]!_xldudf_KPI_AVG_DEAL_SIZE(Deals[Amount],Deals[Status],"Won")</f><v>2000</v></c></row>'
    + '<row r="5"><c r="A5" cm="1" t="str"><f t="array" ref="A5:D7">_xldudf_KPI_BY_SOURCE(Deals[Status],Deals[Amount])</f><v>Won</v></c></row>'
    + '<row r="9">' + text('A9', 'Value of the statuses') + '<c r="B9"><f>SUM(Spill_Values)</f><v>7200</v></c></row>';
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Deals" sheetId="1" r:id="rId1"/><sheet name="Dashboard" sheetId="2" r:id="rId2"/></sheets>'
      + '<definedNames><definedName name="Spill_Values">INDEX(Dashboard!$A$5#,0,3)</definedName></definedNames></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${dealRows}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    'xl/worksheets/_rels/sheet1.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>',
    'xl/tables/table1.xml': '<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Deals" displayName="Deals" ref="A1:C6"><autoFilter ref="A1:C6"/><tableColumns count="3"><tableColumn id="1" name="Deal"/><tableColumn id="2" name="Status"/><tableColumn id="3" name="Amount"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>',
    'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${dashboard}</sheetData></worksheet>`,
  };
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])));
}

describe('a workbook made in Excel with the add-in, opened here', () => {
  it('computes every Sales KPI cell again, over the table\'s structured references and a name over a spilled column', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const engine = nodeEngine('en') as unknown as { Model: new (data: unknown) => { getters: { getSheetIdByName(name: string): string; getEvaluatedCell(p: { sheetId: string; col: number; row: number }): { value: unknown }; getCellText(p: { sheetId: string; col: number; row: number }, o: { showFormula: boolean }): string } }; load: (files: XlsxFiles) => WorkbookData };
    const opened = withDomParser(() => openXlsxWorkbook(xlsxFiles(excelMadeWorkbook()), (files) => engine.load(files)));
    expect(opened.droppedNames).toEqual([]);
    expect(opened.data.namedRanges).toEqual({ Spill_Values: 'Dashboard!C5:C7' });
    const model = new engine.Model(opened.data);
    const sheetId = model.getters.getSheetIdByName('Dashboard');
    const at = (col: number, row: number) => model.getters.getEvaluatedCell({ sheetId, col, row }).value;
    expect(model.getters.getCellText({ sheetId, col: 1, row: 0 }, { showFormula: true })).toMatch(/^=WIN_RATE\(/);
    expect(at(1, 0)).toBe(0.75);
    expect(at(1, 1)).toBe(6000);
    expect(at(1, 2)).toBe(2000);
    expect([0, 1, 2, 3].map((col) => at(col, 4))).toEqual(['Won', 3, 6000, 6000 / 7200]);
    expect([at(0, 5), at(0, 6)]).toEqual(['Open', 'Lost']);
    expect(at(1, 8)).toBe(7200);
  });
});

describe('xlsxKind', () => {
  const book = (sheets: readonly string[], extra: Record<string, string> = {}, names = ''): XlsxFiles => ({
    'xl/workbook.xml': `<workbook><sheets>${sheets.map((_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${names}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="x" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ...Object.fromEntries(sheets.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml])),
    ...extra,
  });
  const values = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
  const formula = '<worksheet><sheetData><row r="1"><c r="A1"><f>SUM(B1:B3)</f><v>1</v></c></row></sheetData></worksheet>';

  it('takes values alone (a CRM export, a formatted report of several sheets) as data', () => {
    expect(xlsxKind(book([values]))).toBe('data');
    expect(xlsxKind(book([values, values]))).toBe('data');
    expect(xlsxKind(book([values], {}, '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">S0!$A$1:$C$9</definedName></definedNames>'))).toBe('data');
  });

  it('takes charts, names of its own, or formulas over several sheets as a workbook', () => {
    expect(xlsxKind(book([values], { 'xl/charts/chart1.xml': '<c:chartSpace/>' }))).toBe('workbook');
    expect(xlsxKind(book([values], {}, '<definedNames><definedName name="Deals_Status">S0!$A$2:$A$9</definedName></definedNames>'))).toBe('workbook');
    expect(xlsxKind(book([values, formula]))).toBe('workbook');
  });

  it('cannot tell for formulas on one sheet', () => {
    expect(xlsxKind(book([formula]))).toBe('either');
  });
});
