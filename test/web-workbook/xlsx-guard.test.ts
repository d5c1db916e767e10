// The .xlsx checks before inflation: real zips pass, zip bombs and lying directories are refused without inflating them whole.
import { zipSync, strToU8 } from 'fflate';
import { repeatedDeflate, zipOfOnePart } from '../../scripts/zip-fixtures';
import { describe, expect, it } from 'vitest';
import { checkXlsx, MAX_EXPANDED_BYTES } from '../../web-workbook/xlsx-guard';

const zeros = (times: number) => repeatedDeflate(Buffer.alloc(16 * 1024 * 1024), times);

describe('checkXlsx', () => {
  it('passes a zip of ordinary parts, and says how much it expands to', () => {
    const xml = '<worksheet>' + '<row><c><v>12345</v></c></row>'.repeat(2000) + '</worksheet>';
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(xml) });
    expect(checkXlsx(zip)).toEqual({ ok: true, expanded: 8 + xml.length });
  });

  it('refuses a part whose declared size is a thousand times what it takes', () => {
    expect(checkXlsx(zipOfOnePart(zeros(8), 8 * 16 * 1024 * 1024))).toEqual({ ok: false, reason: 'bomb' });
  });

  it('refuses a part that inflates past what it declares, stopping there', () => {
    expect(checkXlsx(zipOfOnePart(zeros(8), 1000))).toEqual({ ok: false, reason: 'bomb' });
  });

  it('refuses parts that together would expand past the cap', () => {
    // Stored, not deflated, so no ratio gives it away: only the sum does.
    expect(checkXlsx(zipOfOnePart(Buffer.from('x'), MAX_EXPANDED_BYTES + 1, 0, MAX_EXPANDED_BYTES + 1))).toEqual({ ok: false, reason: 'tooBig' });
  });

  it('calls a zip with no directory, or a part that does not inflate, unreadable', () => {
    expect(checkXlsx(new Uint8Array(Buffer.from('not a zip at all, just text')))).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkXlsx(zipOfOnePart(Buffer.from([0xff, 0xff, 0xff, 0xff]), 10))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
