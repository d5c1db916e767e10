// Draws the add-in's icon — three rising white bars on a rounded blue square — and writes it as
// assets/icon-<size>.png for every size the manifest names. Run once with `npx tsx scripts/generate-icons.ts`;
// the PNGs are committed. Only node's zlib: no image library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** 16, 32 and 80 are the ribbon's; 32 and 64 the manifest's IconUrl and HighResolutionIconUrl; 128 for stores and docs. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** The brand blue, #2563EB. */
export const BRAND: readonly [number, number, number] = [0x25, 0x63, 0xeb];

/**
 * The glyph on a 16-unit grid, so that every size (all multiples of 16) puts each edge on a pixel boundary
 * and the 16-pixel icon stays sharp: a square with corners of radius 3, and three bars 2 wide and 2 apart
 * standing on y = 12, 4, 6 and 8 high.
 */
const GRID = 16;
const CORNER = 3;
const BARS = [
  { x0: 3, x1: 5, top: 8 },
  { x0: 7, x1: 9, top: 6 },
  { x0: 11, x1: 13, top: 4 },
] as const;
const BASELINE = 12;

/** Samples per pixel along each axis: the rounded corners are anti-aliased by coverage. */
const SUPERSAMPLE = 8;

function insideRoundedSquare(x: number, y: number): boolean {
  if (x < 0 || y < 0 || x > GRID || y > GRID) return false;
  const cx = Math.min(Math.max(x, CORNER), GRID - CORNER);
  const cy = Math.min(Math.max(y, CORNER), GRID - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x: number, y: number): boolean {
  return y < BASELINE && BARS.some((bar) => x >= bar.x0 && x < bar.x1 && y >= bar.top);
}

/** The icon as straight (not premultiplied) RGBA, row by row from the top. */
export function renderIcon(size: number): Uint8Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`icon size must be a positive integer, not ${size}`);
  const rgba = new Uint8Array(size * size * 4);
  const unit = GRID / size;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * unit;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * unit;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (insideBar(x, y)) bar++;
        }
      }
      const i = (py * size + px) * 4;
      if (square === 0) continue; // transparent outside the square
      // Inside the square the bars are white over blue; the alpha is the square's coverage.
      const white = bar / square;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BRAND[c] + (255 - BRAND[c]) * white);
      rgba[i + 3] = Math.round((255 * square) / samples);
    }
  }
  return rgba;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData) >>> 0, 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG of 8-bit RGBA, every row with filter 0 (none). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new RangeError('pixel data does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

function main(): void {
  mkdirSync(ASSETS_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = encodePng(size, size, renderIcon(size));
    writeFileSync(join(ASSETS_DIR, iconFileName(size)), png);
    console.log(`assets/${iconFileName(size)}  ${size}×${size}  ${png.length} bytes`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
