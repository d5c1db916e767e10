// A fake SpreadsheetApp spreadsheet for the add-on's server functions: named sheets of cells, formulas and formats.
import { bounds } from '../ui/wizard/fake-host';

const letters = (col: number): string => (col >= 26 ? letters(Math.floor(col / 26) - 1) : '') + String.fromCharCode(65 + (col % 26));

export class FakeSheet {
  readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  constructor(readonly name: string, readonly cells: unknown[][]) {}
  getName(): string { return this.name; }
  getRange(a1: string): FakeRange {
    const [r0, c0, r1, c1] = bounds(a1.toUpperCase(), this.cells.length);
    return new FakeRange(this, r0, c0, r1, c1);
  }
  getDataRange(): FakeRange {
    const width = Math.max(1, ...this.cells.map((row) => row.length));
    return new FakeRange(this, 0, 0, Math.max(0, this.cells.length - 1), width - 1);
  }
}

export class FakeRange {
  constructor(readonly sheet: FakeSheet, readonly r0: number, readonly c0: number, readonly r1: number, readonly c1: number) {}
  getSheet(): FakeSheet { return this.sheet; }
  getA1Notation(): string {
    const from = `${letters(this.c0)}${this.r0 + 1}`;
    const to = `${letters(this.c1)}${this.r1 + 1}`;
    return from === to ? from : `${from}:${to}`;
  }
  getValues(): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = this.r0; r <= this.r1; r++) {
      const row: unknown[] = [];
      for (let c = this.c0; c <= this.c1; c++) row.push(this.sheet.cells[r]?.[c] ?? '');
      rows.push(row);
    }
    return rows;
  }
  getValue(): unknown { return this.getValues()[0][0]; }
  getFormula(): string { return this.sheet.formulas.get(this.getA1Notation()) ?? ''; }
  setFormula(formula: string): this { this.sheet.formulas.set(this.getA1Notation(), formula); return this; }
  setNumberFormat(format: string): this { this.sheet.formats.set(this.getA1Notation(), format); return this; }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[];
  activeRange: FakeRange;
  constructor(sheets: Record<string, unknown[][]>, readonly timeZone = 'Asia/Tehran') {
    this.sheets = Object.entries(sheets).map(([name, cells]) => new FakeSheet(name, cells));
    this.activeRange = this.sheets[0].getRange('A1');
  }
  getSheetByName(name: string): FakeSheet | null { return this.sheets.find((sheet) => sheet.name === name) ?? null; }
  getActiveSheet(): FakeSheet { return this.activeRange.sheet; }
  getActiveRange(): FakeRange { return this.activeRange; }
  getSheets(): FakeSheet[] { return this.sheets; }
  insertSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, []);
    this.sheets.push(sheet);
    return sheet;
  }
  getSpreadsheetTimeZone(): string { return this.timeZone; }
}
