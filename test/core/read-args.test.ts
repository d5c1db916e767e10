import { describe, expect, it } from 'vitest';
import { addressOrigin, blockAddress, cellAddress, positionText, toGrid } from '../../core/read-args';

describe('toGrid', () => {
  it('gives undefined for a left-out argument', () => {
    expect(toGrid(undefined)).toBeUndefined();
  });

  it('makes a single value a 1×1 grid, blanks included', () => {
    expect(toGrid(5)).toEqual({ rows: 1, cols: 1, cells: [[5]] });
    expect(toGrid('abc')).toEqual({ rows: 1, cols: 1, cells: [['abc']] });
    expect(toGrid(null)).toEqual({ rows: 1, cols: 1, cells: [[null]] });
    expect(toGrid('')).toEqual({ rows: 1, cols: 1, cells: [['']] });
  });

  it('keeps rows of cells as they are: columns, rows and blocks', () => {
    expect(toGrid([[10], [9], [8]])).toMatchObject({ rows: 3, cols: 1 });
    expect(toGrid([[1, 2, 3]])).toMatchObject({ rows: 1, cols: 3 });
    expect(toGrid([[1, 2], [3, 4]])).toEqual({ rows: 2, cols: 2, cells: [[1, 2], [3, 4]] });
    expect(toGrid([[7]])).toMatchObject({ rows: 1, cols: 1 });
  });

  it('reads a flat list as a column', () => {
    expect(toGrid([1, 2, 3])).toEqual({ rows: 3, cols: 1, cells: [[1], [2], [3]] });
  });

  it('gives an empty array no cells, and takes the width of rows of cells from the first row', () => {
    expect(toGrid([])).toEqual({ rows: 0, cols: 0, cells: [] });
    // Hosts pass rectangular rows; the readers refuse rows that do not match the first (see run.test.ts).
    expect(toGrid([[1, 2], [3]])).toMatchObject({ rows: 2, cols: 2 });
    expect(toGrid([[1], [2, 3]])).toMatchObject({ rows: 2, cols: 1 });
  });
});

describe('positionText', () => {
  it('names the row in a column', () => {
    expect(positionText(2, { rows: 9, cols: 1 })).toBe(' row 3');
    expect(positionText(0, { rows: 2, cols: 1 })).toBe(' row 1');
  });

  it('names the column in a row', () => {
    expect(positionText(1, { rows: 1, cols: 5 })).toBe(' column 2');
  });

  it('names row and column in a block', () => {
    expect(positionText(6, { rows: 3, cols: 4 })).toBe(' row 2, column 3');
    expect(positionText(0, { rows: 2, cols: 2 })).toBe(' row 1, column 1');
  });

  it('says nothing for a single cell or an unknown index', () => {
    expect(positionText(0, { rows: 1, cols: 1 })).toBe('');
    expect(positionText(undefined, { rows: 5, cols: 1 })).toBe('');
  });

  it('names the sheet cell when Excel gives the range address', () => {
    expect(positionText(2, { rows: 8, cols: 1 }, 'Sheet1!$B$2:$B$9')).toBe(' cell B4');
    expect(positionText(0, { rows: 8, cols: 1 }, 'Sheet1!$B$2:$B$9')).toBe(' cell B2');
    expect(positionText(5, { rows: 2, cols: 3 }, 'C10:E11')).toBe(' cell E11');
  });

  it('reads addresses on quoted sheet names, even with "!" in the name', () => {
    expect(positionText(3, { rows: 11, cols: 2 }, "'Q1 Sales'!$C$10:$D$20")).toBe(' cell D11');
    expect(positionText(4, { rows: 5, cols: 1 }, "'Wow!'!A1:A5")).toBe(' cell A5');
  });

  it('carries column letters past Z', () => {
    expect(positionText(1, { rows: 3, cols: 3 }, 'Z1:AB3')).toBe(' cell AA1');
    expect(positionText(2, { rows: 1, cols: 3 }, 'Sheet1!$AY$7:$BA$7')).toBe(' cell BA7');
  });

  it('names the cell in a whole column or row, which starts in row 1 or column A', () => {
    expect(positionText(2, { rows: 9, cols: 1 }, 'Sheet1!B:B')).toBe(' cell B3');
    expect(positionText(4, { rows: 1, cols: 9 }, 'Sheet1!$3:$3')).toBe(' cell E3');
  });
});

describe('addressOrigin', () => {
  it('gives the 0-based top-left cell of an address', () => {
    expect(addressOrigin('Sheet1!$B$2:$B$500')).toEqual({ row: 1, col: 1 });
    expect(addressOrigin("'My Sheet'!AA10")).toEqual({ row: 9, col: 26 });
    expect(addressOrigin('a1')).toEqual({ row: 0, col: 0 });
    expect(addressOrigin('XFD1048576')).toEqual({ row: 1_048_575, col: 16_383 });
  });

  it('gives the first cell of a whole column or row', () => {
    expect(addressOrigin('Sheet1!B:B')).toEqual({ row: 0, col: 1 });
    expect(addressOrigin("'Q1 data'!$C:$E")).toEqual({ row: 0, col: 2 });
    expect(addressOrigin('Sheet1!3:3')).toEqual({ row: 2, col: 0 });
  });

  it('gives undefined for no address or one that is not A1 notation', () => {
    expect(addressOrigin(undefined)).toBeUndefined();
    expect(addressOrigin('')).toBeUndefined();
    expect(addressOrigin('Sheet1!')).toBeUndefined();
    expect(addressOrigin('Deals[Status]')).toBeUndefined();
    expect(addressOrigin('R1C1')).toBeUndefined();
  });
});

describe('cellAddress and blockAddress', () => {
  it('write 0-based positions in A1 notation, one cell without a colon', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(1, 27)).toBe('AB2');
    expect(blockAddress(1, 2, 1, 2)).toBe('C2');
    expect(blockAddress(1, 2, 500, 3)).toBe('C2:D501');
  });
});

