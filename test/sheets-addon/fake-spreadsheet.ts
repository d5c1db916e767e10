// A fake SpreadsheetApp spreadsheet for the add-on's server functions: sheets of cells with Apps Script's limits, formulas, formats, names, charts.
import { columnLetters as letters } from '../../core';
import { bounds } from '../ui/wizard/fake-host';

/** A chart as EmbeddedChartBuilder.build() makes it: what the builder was told. */
export interface FakeChart {
  type?: string;
  ranges: { sheet: string; a1: string }[];
  mergeStrategy?: string;
  numHeaders?: number;
  options: Record<string, unknown>;
  position?: [number, number, number, number];
}

class FakeChartBuilder {
  private readonly chart: FakeChart = { ranges: [], options: {} };
  setChartType(type: string): this { this.chart.type = type; return this; }
  addRange(range: FakeRange): this { this.chart.ranges.push({ sheet: range.sheet.name, a1: range.getA1Notation() }); return this; }
  setMergeStrategy(strategy: string): this { this.chart.mergeStrategy = strategy; return this; }
  setNumHeaders(n: number): this { this.chart.numHeaders = n; return this; }
  setOption(name: string, value: unknown): this { this.chart.options[name] = value; return this; }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this { this.chart.position = [row, col, offsetX, offsetY]; return this; }
  build(): FakeChart { return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } }; }
}

export class FakeSheet {
  readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  /** Font and fill settings by the A1 notation of the range they were set on. */
  readonly styles = new Map<string, Record<string, unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  /** The sheet's conditional format rules, as built by SpreadsheetApp.newConditionalFormatRule(). */
  conditionalFormatRules: unknown[] = [];
  frozenRows = 0;
  rightToLeft = false;
  /** A new sheet in Sheets has 1000 rows and 26 columns. */
  maxRows: number;
  maxColumns: number;

  constructor(readonly book: FakeSpreadsheet, readonly name: string, readonly cells: unknown[][]) {
    this.maxRows = Math.max(1000, cells.length);
    this.maxColumns = Math.max(26, ...cells.map((row) => row.length));
  }

  getName(): string { return this.name; }
  getMaxRows(): number { return this.maxRows; }
  getMaxColumns(): number { return this.maxColumns; }
  /** The last row with content, 0 for an empty sheet. */
  getLastRow(): number { return this.cells.length; }
  insertRowsAfter(after: number, howMany: number): this {
    if (after > this.maxRows || howMany < 1) throw new Error('Those rows are out of bounds.');
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    if (after > this.maxColumns || howMany < 1) throw new Error('Those columns are out of bounds.');
    this.maxColumns += howMany;
    return this;
  }

  /** getRange(a1) or getRange(row, column, numRows?, numColumns?), 1-based as in Apps Script. */
  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    let r0: number, c0: number, r1: number, c1: number;
    if (typeof a1OrRow === 'string') [r0, c0, r1, c1] = bounds(a1OrRow.toUpperCase(), this.maxRows);
    else [r0, c0, r1, c1] = [a1OrRow - 1, column! - 1, a1OrRow + numRows - 2, column! + numColumns - 2];
    if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0 || r1 >= this.maxRows || c1 >= this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, r0, c0, r1, c1);
  }
  getDataRange(): FakeRange {
    const width = Math.max(1, ...this.cells.map((row) => row.length));
    return new FakeRange(this, 0, 0, Math.max(0, this.cells.length - 1), width - 1);
  }
  setFrozenRows(rows: number): void { this.frozenRows = rows; }
  setColumnWidth(column: number, width: number): this { this.columnWidths.set(column, width); return this; }
  setRightToLeft(rightToLeft: boolean): this { this.rightToLeft = rightToLeft; return this; }
  activate(): this { this.book.activeRange = this.getRange('A1'); return this; }
  newChart(): FakeChartBuilder { return new FakeChartBuilder(); }
  insertChart(chart: FakeChart): void { this.charts.push(chart); }
  getCharts(): FakeChart[] { return this.charts; }
  getConditionalFormatRules(): unknown[] { return [...this.conditionalFormatRules]; }
  setConditionalFormatRules(rules: unknown[]): void { this.conditionalFormatRules = [...rules]; }
}

export class FakeRange {
  constructor(readonly sheet: FakeSheet, readonly r0: number, readonly c0: number, readonly r1: number, readonly c1: number) {}
  getSheet(): FakeSheet { return this.sheet; }
  getRow(): number { return this.r0 + 1; }
  getColumn(): number { return this.c0 + 1; }
  getNumRows(): number { return this.r1 - this.r0 + 1; }
  getNumColumns(): number { return this.c1 - this.c0 + 1; }
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
  setValues(values: unknown[][]): this {
    if (values.length !== this.getNumRows()) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.getNumRows()}.`);
    values.forEach((row, r) => {
      if (row.length !== this.getNumColumns()) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.getNumColumns()}.`);
      row.forEach((value, c) => {
        if (value === null || value === undefined) throw new Error(`setValues got null at row ${r + 1}: the add-on writes "" for a blank cell`);
        (this.sheet.cells[this.r0 + r] ??= [])[this.c0 + c] = value;
      });
    });
    return this;
  }
  setValue(value: unknown): this { return this.setValues([[value]]); }
  getFormula(): string { return this.sheet.formulas.get(this.getA1Notation()) ?? ''; }
  setFormula(formula: string): this { this.sheet.formulas.set(this.getA1Notation(), formula); return this; }
  setNumberFormat(format: string): this { this.sheet.formats.set(this.getA1Notation(), format); return this; }
  offset(rowOffset: number, columnOffset: number, numRows = this.getNumRows(), numColumns = this.getNumColumns()): FakeRange {
    const r0 = this.r0 + rowOffset;
    const c0 = this.c0 + columnOffset;
    return new FakeRange(this.sheet, r0, c0, r0 + numRows - 1, c0 + numColumns - 1);
  }
  private style(name: string, value: unknown): this {
    const key = this.getA1Notation();
    this.sheet.styles.set(key, { ...this.sheet.styles.get(key), [name]: value });
    return this;
  }
  setFontSize(size: number): this { return this.style('fontSize', size); }
  setFontWeight(weight: string): this { return this.style('fontWeight', weight); }
  setFontStyle(fontStyle: string): this { return this.style('fontStyle', fontStyle); }
  setFontColor(color: string): this { return this.style('fontColor', color); }
  setBackground(color: string): this { return this.style('background', color); }
  setWrap(wrap: boolean): this { return this.style('wrap', wrap); }
}

/** Named ranges as Sheets takes them: letters, digits and underscores, not a cell reference, unique ignoring case. */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|R\d*C\d*)$/i;

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[];
  readonly namedRanges = new Map<string, FakeRange>();
  readonly toasts: { message: string; title?: string }[] = [];
  activeRange: FakeRange;
  constructor(sheets: Record<string, unknown[][]>, readonly timeZone = 'Asia/Tehran') {
    this.sheets = Object.entries(sheets).map(([name, cells]) => new FakeSheet(this, name, cells));
    this.activeRange = this.sheets[0].getRange('A1');
  }
  getSheetByName(name: string): FakeSheet | null { return this.sheets.find((sheet) => sheet.name === name) ?? null; }
  getActiveSheet(): FakeSheet { return this.activeRange.sheet; }
  getActiveRange(): FakeRange { return this.activeRange; }
  getSheets(): FakeSheet[] { return [...this.sheets]; }
  insertSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, []);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!VALID_NAME.test(name) || CELL_LIKE.test(name)) throw new Error(`Named range "${name}" is not a valid name.`);
    if ([...this.namedRanges.keys()].some((taken) => taken.toLowerCase() === name.toLowerCase())) throw new Error(`The named range "${name}" already exists.`);
    this.namedRanges.set(name, range);
  }
  getNamedRanges(): { getName(): string; getRange(): FakeRange }[] {
    return [...this.namedRanges].map(([name, range]) => ({ getName: () => name, getRange: () => range }));
  }
  toast(message: string, title?: string): void { this.toasts.push({ message, title }); }
  getSpreadsheetTimeZone(): string { return this.timeZone; }
}
