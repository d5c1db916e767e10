// Hostile .xlsx files made to measure: a zip of one part whose directory says what we like, and long deflate streams compressed once.
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';

export const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** A zip of one part, its data `deflated` already, declaring `expanded` bytes (and `compressed`): a zip can lie in its directory. */
export function zipOfOnePart(deflated: Buffer, expanded: number, method = 8, compressed = deflated.length, name = SHEET_PART): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(method, 8);
  local.writeUInt32LE(deflated.length, 18); local.writeUInt32LE(expanded, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(method, 10);
  central.writeUInt32LE(compressed, 20); central.writeUInt32LE(expanded, 24); central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12); end.writeUInt32LE(local.length + nameBytes.length + deflated.length, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}

/** `block` repeated `times` times as one deflate stream, `block` compressed only once (flushed to a byte, so copies join). */
export function repeatedDeflate(block: Buffer, times: number): Buffer {
  const chunk = deflateRawSync(block, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: times }, () => chunk), Buffer.from([0x03, 0x00])]);
}

/** About 2 MB that inflate to 2 GiB of zeros. */
export function zerosBomb(): { deflated: Buffer; expanded: number } {
  return { deflated: repeatedDeflate(Buffer.alloc(64 * 1024 * 1024), 32), expanded: 2 ** 31 };
}
