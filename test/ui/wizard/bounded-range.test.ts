// Whole columns and rows cut to the used range, so the wizard never writes B:B into a formula.
import { describe, expect, it } from 'vitest';
import { boundedAddress, isWholeLines } from '../../../ui/wizard/bounded-range';

describe('isWholeLines', () => {
  it.each(['B:B', '$B:$D', 'B1:B1048576', '3:3', 'A3:XFD3', 'A:XFD'])('knows %s covers whole columns or rows', (address) => {
    expect(isWholeLines(address)).toBe(true);
  });

  it.each(['B2:B500', 'C7', 'A1:XFD', 'B2:B1048576'])('knows %s does not', (address) => {
    expect(isWholeLines(address)).toBe(address === 'A1:XFD');
  });

  it('takes the sheet\'s own size, as a Sheets sheet has fewer rows', () => {
    expect(isWholeLines('B1:B1000', 1000, 26)).toBe(true);
    expect(isWholeLines('B1:B999', 1000, 26)).toBe(false);
  });
});

describe('boundedAddress', () => {
  it('cuts whole columns to the rows in use', () => {
    expect(boundedAddress('B:B', 'A1:F501')).toBe('B1:B501');
    expect(boundedAddress('$C:$D', 'A3:F40')).toBe('C3:D40');
    expect(boundedAddress('B1:B1048576', 'A1:F501')).toBe('B1:B501');
  });

  it('cuts whole rows to the columns in use, and select-all to the used range', () => {
    expect(boundedAddress('3:3', 'A1:F501')).toBe('A3:F3');
    expect(boundedAddress('A:XFD', 'B2:F501')).toBe('B2:F501');
  });

  it('gives the first cell when nothing on the sheet is in use', () => {
    expect(boundedAddress('H:H', undefined)).toBe('H1');
    expect(boundedAddress('2:2', undefined)).toBe('A2');
  });

  it('cuts by the used rows or columns alone, even beside the used block', () => {
    expect(boundedAddress('H:H', 'A1:F501')).toBe('H1:H501');
    expect(boundedAddress('2:2', 'A5:C9')).toBe('A2:C2');
  });

  it('leaves a bounded address as it is', () => {
    expect(boundedAddress('B2:B500', 'A1:F501')).toBe('B2:B500');
    expect(boundedAddress('E20', 'A1:F501')).toBe('E20');
  });

  it('uses the sheet\'s size given, as Sheets passes its own', () => {
    expect(boundedAddress('B1:B1000', 'A1:C40', 1000, 26)).toBe('B1:B40');
  });
});
