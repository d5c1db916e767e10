// Checks an .xlsx (a zip) before anything inflates it: declared sizes, compression ratios, and a capped trial inflation, so a zip bomb is refused at once.
import { Inflate } from 'fflate';

/** The most an .xlsx may expand to, all parts together (2,000,000 cells of sheet XML fit well below it). */
export const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** A part that expands more than this many times and past 1 MB is no spreadsheet's. */
export const MAX_RATIO = 200;
const MAX_PARTS = 10_000;

export type ZipVerdict = { readonly ok: true; readonly expanded: number } | { readonly ok: false; readonly reason: 'unreadable' | 'bomb' | 'tooBig' };

interface Part {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly expanded: number;
  readonly localOffset: number;
}

/** The zip's central directory, or undefined when there is none to read. */
function parts(bytes: Uint8Array): Part[] | 'zip64' | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return 'zip64';
  const found: Part[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const part: Part = {
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      expanded: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (part.compressed === 0xffffffff || part.expanded === 0xffffffff) return 'zip64';
    found.push(part);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

/** Inflates a part in chunks, counting what comes out and stopping as soon as it passes `limit`; the bytes are not kept. */
function expansion(data: Uint8Array, limit: number): 'within' | 'over' | 'corrupt' {
  let out = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    out += chunk.length;
    if (out > limit) over = true;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length && !over; i += step) inflate.push(data.subarray(i, i + step), i + step >= data.length);
  } catch {
    return over ? 'over' : 'corrupt';
  }
  return over ? 'over' : 'within';
}

/**
 * Whether an .xlsx may be opened: every part's declared size within the cap and its ratio sane, and
 * each deflated part really expanding to no more than it declares (a zip can lie in its directory).
 */
export function checkXlsx(bytes: Uint8Array): ZipVerdict {
  const list = parts(bytes);
  if (list === 'zip64') return { ok: false, reason: 'tooBig' };
  if (!list || list.length === 0 || list.length > MAX_PARTS) return { ok: false, reason: 'unreadable' };
  let total = 0;
  for (const part of list) {
    total += part.expanded;
    if (part.expanded > 1024 * 1024 && part.expanded > MAX_RATIO * Math.max(1, part.compressed)) return { ok: false, reason: 'bomb' };
  }
  if (total > MAX_EXPANDED_BYTES) return { ok: false, reason: 'tooBig' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const part of list) {
    if (part.method === 0) continue;
    if (part.method !== 8 || part.localOffset + 30 > bytes.length || view.getUint32(part.localOffset, true) !== 0x04034b50) return { ok: false, reason: 'unreadable' };
    const start = part.localOffset + 30 + view.getUint16(part.localOffset + 26, true) + view.getUint16(part.localOffset + 28, true);
    const verdict = expansion(bytes.subarray(start, start + part.compressed), part.expanded);
    if (verdict !== 'within') return { ok: false, reason: verdict === 'over' ? 'bomb' : 'unreadable' };
  }
  return { ok: true, expanded: total };
}
