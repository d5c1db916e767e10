// The .xlsx checks before inflation: real zips pass, zip bombs and lying directories are refused without inflating them whole.
import { zipSync, strToU8 } from 'fflate';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkXlsx, MAX_EXPANDED_BYTES } from '../../web-workbook/xlsx-guard';

function onePart(deflated: Buffer, expanded: number, method = 8, declaredCompressed = deflated.length): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(method, 8);
  local.writeUInt32LE(deflated.length, 18); local.writeUInt32LE(expanded, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(method, 10);
  central.writeUInt32LE(declaredCompressed, 20); central.writeUInt32LE(expanded, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + deflated.length, 16);
  return new Uint8Array(Buffer.concat([local, name, deflated, central, name, end]));
}

const zeros = (times: number) => Buffer.concat([
  ...Array.from({ length: times }, () => deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH })),
  Buffer.from([0x03, 0x00]),
]);

describe('checkXlsx', () => {
  it('passes a zip of ordinary parts, and says how much it expands to', () => {
    const xml = '<worksheet>' + '<row><c><v>12345</v></c></row>'.repeat(2000) + '</worksheet>';
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8(xml) });
    expect(checkXlsx(zip)).toEqual({ ok: true, expanded: 8 + xml.length });
  });

  it('refuses a part whose declared size is a thousand times what it takes', () => {
    expect(checkXlsx(onePart(zeros(8), 8 * 16 * 1024 * 1024))).toEqual({ ok: false, reason: 'bomb' });
  });

  it('refuses a part that inflates past what it declares, stopping there', () => {
    expect(checkXlsx(onePart(zeros(8), 1000))).toEqual({ ok: false, reason: 'bomb' });
  });

  it('refuses parts that together would expand past the cap', () => {
    // Stored, not deflated, so no ratio gives it away: only the sum does.
    expect(checkXlsx(onePart(Buffer.from('x'), MAX_EXPANDED_BYTES + 1, 0, MAX_EXPANDED_BYTES + 1))).toEqual({ ok: false, reason: 'tooBig' });
  });

  it('calls a zip with no directory, or a part that does not inflate, unreadable', () => {
    expect(checkXlsx(new Uint8Array(Buffer.from('not a zip at all, just text')))).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkXlsx(onePart(Buffer.from([0xff, 0xff, 0xff, 0xff]), 10))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
