// The Excel add-in manifest: structure, order, resources, URLs, icons and translations (see manifest-check.ts),
// the committed icons against the script that draws them, and the checks themselves against broken manifests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../core';
import { ICON_SIZES, iconFileName, renderIcon } from '../../scripts/generate-icons';
import { excelMetadata } from '../../scripts/generate/excel-metadata';
import { child, checkManifest, parseManifest, type XmlElement } from './manifest-check';

const root = join(__dirname, '..', '..');
const assets = join(root, 'assets');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const readAsset = (name: string) => (existsSync(join(assets, name)) ? readFileSync(join(assets, name)) : undefined);
const check = (xml: string) => checkManifest(xml, { readAsset });

function parsed(xml = manifest): XmlElement {
  const el = parseManifest(xml);
  if (typeof el === 'string') throw new Error(el);
  return el;
}

describe('manifest.xml', () => {
  it('passes every check', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('asks for CustomFunctionsRuntime 1.3, which the functions need to get their parameters\' addresses', () => {
    const needsAddresses = excelMetadata(REGISTRY).functions.some((f) => f.options.requiresParameterAddresses);
    expect(needsAddresses).toBe(true);
    const sets = child(parsed(), 'Requirements', 'Sets')!.children;
    const cf = sets.find((s) => s.attrs.Name === 'CustomFunctionsRuntime');
    expect(cf?.attrs.MinVersion).toBe('1.3');
  });

  it('names the files the Excel build serves, relative to its root', () => {
    const urls = [...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect([...new Set(urls)].sort()).toEqual([
      'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png',
      'functions.el.json', 'functions.fa.json', 'functions.js', 'functions.json', 'help.html', 'taskpane.html',
    ]);
  });
});

/** Decodes an 8-bit RGBA PNG (any of the five row filters) to its pixels, checking every chunk's CRC. */
function decodePng(bytes: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)) >>> 0);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)], 'bit depth 8, RGBA, deflate, no interlace').toEqual([8, 6, 0, 0, 0]);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  expect(offset).toBe(bytes.length);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  expect(raw.length).toBe((stride + 1) * height);
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      rgba[y * stride + x] = (raw[y * (stride + 1) + 1 + x] + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

describe('assets/ icons', () => {
  it.each(ICON_SIZES)('icon-%i.png is the PNG scripts/generate-icons.ts draws at that size', (size) => {
    const file = readAsset(iconFileName(size));
    expect(file, `assets/${iconFileName(size)} exists`).toBeDefined();
    const png = decodePng(file!);
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
  });

  it('draws white bars on the brand blue inside a transparent margin', () => {
    const size = 16;
    const px = (x: number, y: number) => [...renderIcon(size).subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(px(0, 0)[3]).toBeLessThan(255); // the rounded corner
    expect(px(1, 8)).toEqual([0x25, 0x63, 0xeb, 255]); // the square
    expect(px(3, 11)).toEqual([255, 255, 255, 255]); // the shortest bar
    expect(px(3, 7)).toEqual([0x25, 0x63, 0xeb, 255]); // above it
    expect(px(11, 4)).toEqual([255, 255, 255, 255]); // the top of the tallest bar
  });
});

describe('the checks catch a broken manifest', () => {
  const broken = (from: string | RegExp, to: string) => {
    const xml = manifest.replace(from, to);
    expect(xml, `the mutation ${String(from)} applies`).not.toBe(manifest);
    return check(xml);
  };

  it.each([
    ['XML that is not well-formed', '</Permissions>', '</Permission>', /not well-formed/],
    ['elements out of order', /(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/, '$3$2$1', /<Version> is out of the schema's order/],
    ['Runtimes after AllFormFactors', /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, '$3$2$1', /<Runtimes> is out of the schema's order/],
    ['an element the schema does not allow', '<Permissions>', '<Permission>x</Permission><Permissions>', /<Permission> is not a child the schema allows/],
    ['a missing element', /<SupportUrl [^>]*\/>/, '', /<SupportUrl> is missing/],
    ['a resid not defined', '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Taskpane.Uri"/>', /resid "Taskpane.Uri" is not defined/],
    ['a resid of the wrong kind', '<Label resid="SalesKpi.Group.Label"/>', '<Label resid="SalesKpi.TaskpaneButton.Tooltip"/>', /is in bt:LongStrings, expected bt:ShortStrings/],
    ['a second runtime page', '<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Functions.Script.Url"/>', /CustomFunctions Page: resid is "Functions.Script.Url"/],
    ['a short lifetime', 'lifetime="long"', 'lifetime="short"', /lifetime is not "long"/],
    ['a URL off the origin', 'https://localhost:3000/functions.js', 'http://localhost:3000/functions.js', /URL http:\/\/localhost:3000\/functions.js is not on https:\/\/localhost:3000\//],
    ['a localized namespace', '<bt:String id="Functions.Namespace" DefaultValue="KPI"/>', '<bt:String id="Functions.Namespace" DefaultValue="KPI"><bt:Override Locale="el-GR" Value="ΚΠΙ"/></bt:String>', /the namespace has overrides/],
    ['a missing Greek display name', /\s*<Override Locale="el-GR" Value="Βασικοί δείκτες πωλήσεων"\/>/, '', /DisplayName: overrides are for \[fa-IR\]/],
    ['Arabic letters in Persian text', 'نمایش شاخص‌های فروش', 'نمايش شاخص‌هاي فروش', /uses Arabic ي or ك/],
    ['an untranslated button label', 'Value="Εμφάνιση δεικτών πωλήσεων"', 'Value="Show Sales KPI"', /the el-GR text is the English one/],
    ['a wrong metadata file for a language', 'functions.el.json', 'functions.gr.json', /Functions.Metadata.Url for el-GR/],
    ['a three-part Version', '<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>', /Version "1.0.0" is not four numbers/],
    ['a new Id', '332db3a9-52ee-4473-8e5e-61a3557359db', '332db3a9-52ee-4473-8e5e-61a3557359dc', /not the add-in's/],
    ['a wider permission', 'ReadWriteDocument', 'ReadAllDocument', /expected ReadWriteDocument/],
    ['a missing requirement set', /\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, '', /Requirements are/],
    ['an icon of the wrong size', 'DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="https://localhost:3000/assets/icon-32.png"', /is not https:\/\/localhost:3000\/assets\/icon-80.png/],
    ['a button off the Home tab', 'OfficeTab id="TabHome"', 'OfficeTab id="TabData"', /one OfficeTab with id TabHome/],
    ['a string too long', 'DefaultValue="Show Sales KPI"', `DefaultValue="${'x'.repeat(126)}"`, /more than the schema's 125/],
  ])('%s', (_what, from, to, problem) => {
    const problems = broken(from, to);
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it('an icon file that is missing or of the wrong size', () => {
    const missing = checkManifest(manifest, { readAsset: (name) => (name === 'icon-64.png' ? undefined : readAsset(name)) });
    expect(missing).toContainEqual('HighResolutionIconUrl: assets/icon-64.png does not exist');
    const wrong = checkManifest(manifest, { readAsset: (name) => readAsset(name === 'icon-16.png' ? 'icon-32.png' : name) });
    expect(wrong.some((p) => /assets\/icon-16.png is 32×32, expected 16×16/.test(p))).toBe(true);
  });
});
