// Checks the Excel add-in manifest (manifest.xml) the way Office reads it, without Office or a network:
// no npm package ships the current official XSDs (office-addin-manifest validates through a web service,
// and the XSDs in the docs repository predate <Runtimes>), so this walks the parsed XML instead.
// Element order follows the schema's sequences in [MS-OWEMXML]: Office rejects a manifest whose
// elements are out of order. Returns every problem found, as sentences; an empty list means it passed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const ORIGIN = 'https://localhost:3000/';
/** The add-in's identity: changing it makes Office see a different add-in. */
export const ADDIN_ID = '332db3a9-52ee-4473-8e5e-61a3557359db';
export const LOCALES = ['fa-IR', 'el-GR'] as const;

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  path: string;
}

type RawNode = Record<string, unknown>;

function toElement(node: RawNode, parentPath: string): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name.startsWith('#') || name.startsWith('?')) return undefined;
  const path = parentPath ? `${parentPath}/${name}` : name;
  const raw = (node[name] as RawNode[]) ?? [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of raw) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const el = toElement(child, path);
      if (el) children.push(el);
    }
  }
  return { name, attrs: (node[':@'] as Record<string, string>) ?? {}, children, text, path };
}

export function parseManifest(xml: string): XmlElement | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`;
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false,
    parseAttributeValue: false, ignoreDeclaration: true, trimValues: true,
  });
  const roots = (parser.parse(xml) as RawNode[]).map((n) => toElement(n, '')).filter((e): e is XmlElement => !!e);
  if (roots.length !== 1) return `expected one root element, found ${roots.length}`;
  return roots[0];
}

/**
 * What may appear under each element, in the schema's order. `seq` lists the allowed children in the
 * order the schema's xs:sequence gives them (optional ones included, so order is checked against them
 * too); `required` the ones this add-in must have; `kids` the shapes of the children, keyed by name or by
 * `name[xsi:type]`. Every element of the manifest must be described here.
 */
interface Shape { seq?: string[]; required?: string[]; kids?: Record<string, Shape> }

const LEAF: Shape = {};
const OVERRIDABLE: Shape = { seq: ['Override'], kids: { Override: LEAF } };
const BT_OVERRIDABLE: Shape = { seq: ['bt:Override'], kids: { 'bt:Override': LEAF } };
const ICON: Shape = { seq: ['bt:Image'], required: ['bt:Image'], kids: { 'bt:Image': LEAF } };
const SOURCE: Shape = { seq: ['SourceLocation'], required: ['SourceLocation'], kids: { SourceLocation: LEAF } };

const SHAPE: Shape = {
  // TaskPaneApp: OfficeApp's sequence followed by TaskPaneApp's extension.
  seq: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
    'Dictionary', 'VersionOverrides', 'ExtendedOverrides'],
  required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
  kids: {
    Id: LEAF, Version: LEAF, ProviderName: LEAF, DefaultLocale: LEAF, Permissions: LEAF,
    DisplayName: OVERRIDABLE, Description: OVERRIDABLE, IconUrl: OVERRIDABLE, HighResolutionIconUrl: OVERRIDABLE,
    SupportUrl: OVERRIDABLE,
    Hosts: { seq: ['Host'], required: ['Host'], kids: { Host: LEAF } },
    Requirements: {
      seq: ['Sets', 'Methods'], required: ['Sets'],
      kids: { Sets: { seq: ['Set'], required: ['Set'], kids: { Set: LEAF } } },
    },
    DefaultSettings: { seq: ['SourceLocation'], required: ['SourceLocation'], kids: { SourceLocation: OVERRIDABLE } },
    VersionOverrides: {
      seq: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
      required: ['Hosts', 'Resources'],
      kids: {
        Hosts: {
          seq: ['Host'], required: ['Host'],
          kids: {
            // Host's sequence (Runtimes, AllFormFactors) followed by Workbook's extension (DesktopFormFactor).
            'Host[Workbook]': {
              seq: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
              required: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
              kids: {
                Runtimes: { seq: ['Runtime'], required: ['Runtime'], kids: { Runtime: LEAF } },
                AllFormFactors: {
                  seq: ['ExtensionPoint'], required: ['ExtensionPoint'],
                  kids: {
                    'ExtensionPoint[CustomFunctions]': {
                      seq: ['Script', 'Page', 'Metadata', 'Namespace'],
                      required: ['Script', 'Page', 'Metadata', 'Namespace'],
                      kids: { Script: SOURCE, Page: SOURCE, Metadata: SOURCE, Namespace: LEAF },
                    },
                  },
                },
                DesktopFormFactor: {
                  seq: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
                  required: ['FunctionFile', 'ExtensionPoint'],
                  kids: {
                    FunctionFile: LEAF,
                    'ExtensionPoint[PrimaryCommandSurface]': {
                      seq: ['OfficeTab', 'CustomTab'], required: ['OfficeTab'],
                      kids: {
                        OfficeTab: {
                          seq: ['Group'], required: ['Group'],
                          kids: {
                            Group: {
                              seq: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'],
                              kids: {
                                Label: LEAF, Icon: ICON,
                                'Control[Button]': {
                                  seq: ['Label', 'Supertip', 'Icon', 'Action'],
                                  required: ['Label', 'Supertip', 'Icon', 'Action'],
                                  kids: {
                                    Label: LEAF, Icon: ICON,
                                    Supertip: {
                                      seq: ['Title', 'Description'], required: ['Title', 'Description'],
                                      kids: { Title: LEAF, Description: LEAF },
                                    },
                                    'Action[ShowTaskpane]': {
                                      seq: ['TaskpaneId', 'SourceLocation', 'Title'], required: ['TaskpaneId', 'SourceLocation'],
                                      kids: { TaskpaneId: LEAF, SourceLocation: LEAF },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        Resources: {
          seq: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
          required: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
          kids: {
            'bt:Images': { seq: ['bt:Image'], kids: { 'bt:Image': BT_OVERRIDABLE } },
            'bt:Urls': { seq: ['bt:Url'], kids: { 'bt:Url': BT_OVERRIDABLE } },
            'bt:ShortStrings': { seq: ['bt:String'], kids: { 'bt:String': BT_OVERRIDABLE } },
            'bt:LongStrings': { seq: ['bt:String'], kids: { 'bt:String': BT_OVERRIDABLE } },
          },
        },
      },
    },
  },
};

function checkShape(el: XmlElement, shape: Shape, problems: string[]): void {
  const seq = shape.seq ?? [];
  const names = el.children.map((c) => c.name);
  let last = -1;
  for (const name of names) {
    const at = seq.indexOf(name);
    if (at < 0) problems.push(`${el.path}: <${name}> is not a child the schema allows here`);
    else if (at < last) problems.push(`${el.path}: <${name}> is out of the schema's order (${seq.join(', ')})`);
    else last = at;
  }
  for (const name of shape.required ?? []) {
    if (!names.includes(name)) problems.push(`${el.path}: <${name}> is missing`);
  }
  for (const child of el.children) {
    const type = child.attrs['xsi:type'];
    const kid = (type !== undefined ? shape.kids?.[`${child.name}[${type}]`] : undefined) ?? shape.kids?.[child.name];
    if (!kid) {
      if (seq.includes(child.name)) problems.push(`${child.path}: no check describes <${child.name}${type ? ` xsi:type="${type}"` : ''}>`);
      continue;
    }
    checkShape(child, kid, problems);
  }
}

export function all(root: XmlElement, predicate: (el: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    if (predicate(el)) out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

export function child(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = childrenNamed(at, name)[0];
  return at;
}

export interface Resource { kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings'; id: string; value: string; overrides: Map<string, string> }

/** Schema limits: ShortString 125, LongString 250, URL 2048 characters; a resid at most 32. */
const MAX = { short: 125, long: 250, url: 2048, resid: 32 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Four parts: Excel on the web refuses a shorter Version that desktop Excel accepts. */
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const CULTURE = /^[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?$|^[a-zA-Z]{2,3}(-[a-zA-Z]{2,3})?$/;
const PERSIAN_LETTER = /[\u0600-\u06FF]/;
/** Arabic yeh and kaf: Persian text uses ی and ک instead. */
const ARABIC_ONLY_LETTER = /[\u064A\u0643]/;
const GREEK_LETTER = /[\u0370-\u03FF\u1F00-\u1FFF]/;

function checkTranslation(where: string, locale: string, value: string, english: string, problems: string[]): void {
  if (!value.trim()) problems.push(`${where}: the ${locale} text is empty`);
  if (value === english) problems.push(`${where}: the ${locale} text is the English one`);
  if (locale === 'fa-IR') {
    if (!PERSIAN_LETTER.test(value)) problems.push(`${where}: the fa-IR text has no Persian letters`);
    if (ARABIC_ONLY_LETTER.test(value)) problems.push(`${where}: the fa-IR text uses Arabic ي or ك instead of Persian ی or ک`);
  }
  if (locale === 'el-GR' && !GREEK_LETTER.test(value)) problems.push(`${where}: the el-GR text has no Greek letters`);
}

function checkOverrideLocales(where: string, locales: string[], problems: string[]): void {
  const want = [...LOCALES].sort().join(', ');
  const got = [...locales].sort().join(', ');
  if (got !== want) problems.push(`${where}: overrides are for [${got}], expected [${want}]`);
}

function checkLength(where: string, value: string, max: number, problems: string[]): void {
  if ([...value].length > max) problems.push(`${where}: ${[...value].length} characters, more than the schema's ${max}`);
}

/** The width and height a PNG's header states, or a reason it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | string {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || signature.some((b, i) => bytes[i] !== b)) return 'not a PNG file';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return 'PNG without IHDR first';
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface CheckOptions {
  /** The bytes of assets/<name>, or undefined when there is no such file. */
  readAsset: (name: string) => Uint8Array | undefined;
}

export function checkManifest(xml: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"')) problems.push('the file does not start with an XML declaration of UTF-8');
  const root = parseManifest(xml);
  if (typeof root === 'string') return [...problems, root];

  // Root, namespaces and the order of every element.
  if (root.name !== 'OfficeApp') problems.push(`the root element is <${root.name}>, not <OfficeApp>`);
  const rootNs: Record<string, string> = { xmlns: NS.app, 'xmlns:xsi': NS.xsi, 'xmlns:bt': NS.bt };
  for (const [attr, uri] of Object.entries(rootNs)) {
    if (root.attrs[attr] !== uri) problems.push(`OfficeApp: ${attr} is "${root.attrs[attr]}", expected "${uri}"`);
  }
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') problems.push('OfficeApp: xsi:type is not TaskPaneApp');
  checkShape(root, SHAPE, problems);
  for (const el of all(root, (e) => e !== root)) {
    for (const attr of Object.keys(el.attrs)) {
      if (attr.startsWith('xmlns') && !(el.name === 'VersionOverrides' && attr === 'xmlns')) {
        problems.push(`${el.path}: declares ${attr}; namespaces are declared on OfficeApp and VersionOverrides only`);
      }
    }
    const prefix = el.name.includes(':') ? el.name.split(':')[0] : undefined;
    if (prefix !== undefined && prefix !== 'bt') problems.push(`${el.path}: unknown prefix ${prefix}:`);
  }

  // The base manifest.
  const text = (name: string) => child(root, name)?.text ?? '';
  if (!GUID.test(text('Id'))) problems.push(`Id "${text('Id')}" is not a GUID`);
  if (text('Id').toLowerCase() !== ADDIN_ID) problems.push(`Id is ${text('Id')}, not the add-in's ${ADDIN_ID}`);
  if (!VERSION.test(text('Version'))) problems.push(`Version "${text('Version')}" is not four numbers n.n.n.n`);
  if (text('ProviderName') !== 'Sales KPI') problems.push(`ProviderName is "${text('ProviderName')}"`);
  if (text('DefaultLocale') !== 'en-US') problems.push(`DefaultLocale is "${text('DefaultLocale')}"`);
  const displayName = child(root, 'DisplayName');
  if (displayName?.attrs.DefaultValue !== 'Sales KPI') problems.push(`DisplayName is "${displayName?.attrs.DefaultValue}"`);
  for (const [name, max] of [['DisplayName', MAX.short], ['Description', MAX.long]] as const) {
    const el = child(root, name);
    if (!el) continue;
    const english = el.attrs.DefaultValue ?? '';
    if (!english.trim()) problems.push(`${name} has no DefaultValue`);
    checkLength(name, english, max, problems);
    const overrides = childrenNamed(el, 'Override');
    checkOverrideLocales(name, overrides.map((o) => o.attrs.Locale), problems);
    for (const o of overrides) {
      checkLength(`${name} ${o.attrs.Locale}`, o.attrs.Value ?? '', max, problems);
      checkTranslation(name, o.attrs.Locale, o.attrs.Value ?? '', english, problems);
    }
  }
  const hosts = childrenNamed(child(root, 'Hosts'), 'Host').map((h) => h.attrs.Name);
  if (hosts.join() !== 'Workbook') problems.push(`Hosts are [${hosts.join(', ')}], expected [Workbook]`);
  const sets = child(root, 'Requirements', 'Sets');
  if (sets?.attrs.DefaultMinVersion !== '1.1') problems.push('Requirements/Sets: DefaultMinVersion is not 1.1');
  const setVersions = Object.fromEntries(childrenNamed(sets, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]));
  const wantSets = { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' };
  if (JSON.stringify(Object.entries(setVersions).sort()) !== JSON.stringify(Object.entries(wantSets).sort())) {
    problems.push(`Requirements are ${JSON.stringify(setVersions)}, expected ${JSON.stringify(wantSets)}`);
  }
  if (child(root, 'Permissions')?.text !== 'ReadWriteDocument') problems.push(`Permissions are "${text('Permissions')}", expected ReadWriteDocument`);
  if (child(root, 'AppDomains')) problems.push('AppDomains is present: every page is on the add-in\'s own origin');

  // VersionOverrides and its resources.
  const overrides = child(root, 'VersionOverrides');
  if (overrides?.attrs.xmlns !== NS.ov) problems.push('VersionOverrides is not in the task pane version overrides namespace');
  if (overrides?.attrs['xsi:type'] !== 'VersionOverridesV1_0') problems.push('VersionOverrides: xsi:type is not VersionOverridesV1_0');
  const resources = new Map<string, Resource>();
  const resourceEls = child(overrides, 'Resources');
  for (const group of resourceEls?.children ?? []) {
    for (const el of group.children) {
      const id = el.attrs.id ?? '';
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (!id || [...id].length > MAX.resid) problems.push(`resource id "${id}" is empty or longer than ${MAX.resid} characters`);
      const ovs = new Map<string, string>();
      for (const o of childrenNamed(el, 'bt:Override')) {
        if (ovs.has(o.attrs.Locale)) problems.push(`resource "${id}": two overrides for ${o.attrs.Locale}`);
        ovs.set(o.attrs.Locale, o.attrs.Value ?? '');
      }
      resources.set(id, { kind: group.name as Resource['kind'], id, value: el.attrs.DefaultValue ?? '', overrides: ovs });
    }
  }

  const hostsOv = childrenNamed(child(overrides, 'Hosts'), 'Host');
  if (hostsOv.length !== 1 || hostsOv[0].attrs['xsi:type'] !== 'Workbook') problems.push('VersionOverrides/Hosts: expected one Host of xsi:type Workbook');
  const host = hostsOv[0];

  // Every resid points at a resource of the kind its element takes, and every resource is used.
  const used = new Set<string>();
  for (const el of all(root, (e) => 'resid' in e.attrs)) {
    const resid = el.attrs.resid;
    used.add(resid);
    const res = resources.get(resid);
    const kind = el.name === 'bt:Image' ? 'bt:Images'
      : ['SourceLocation', 'FunctionFile', 'Runtime'].includes(el.name) ? 'bt:Urls'
        : el.name === 'Description' ? 'bt:LongStrings' : 'bt:ShortStrings';
    if (!res) problems.push(`${el.path}: resid "${resid}" is not defined in Resources`);
    else if (res.kind !== kind) problems.push(`${el.path}: resid "${resid}" is in ${res.kind}, expected ${kind}`);
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  const resolve = (el: XmlElement | undefined) => (el ? resources.get(el.attrs.resid) : undefined);

  // One shared runtime: the runtime, the functions' page, the function file and the task pane are one page.
  const runtimes = childrenNamed(child(host, 'Runtimes'), 'Runtime');
  if (runtimes.length !== 1) problems.push(`expected one Runtime, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime?.attrs.lifetime !== 'long') problems.push('Runtime: lifetime is not "long"');
  const shared = 'Taskpane.Url';
  const cf = child(host, 'AllFormFactors', 'ExtensionPoint');
  const desktop = child(host, 'DesktopFormFactor');
  const commandSurface = childrenNamed(desktop, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'PrimaryCommandSurface');
  const tabs = childrenNamed(commandSurface, 'OfficeTab');
  const groups = childrenNamed(tabs[0], 'Group');
  const controls = childrenNamed(groups[0], 'Control');
  const button = controls[0];
  const action = child(button, 'Action');
  const sharedUsers: [string, XmlElement | undefined][] = [
    ['Runtime', runtime],
    ['CustomFunctions Page', child(cf, 'Page', 'SourceLocation')],
    ['FunctionFile', child(desktop, 'FunctionFile')],
    ['ShowTaskpane SourceLocation', child(action, 'SourceLocation')],
  ];
  for (const [what, el] of sharedUsers) {
    if (el?.attrs.resid !== shared) problems.push(`${what}: resid is "${el?.attrs.resid}", expected ${shared} (the shared runtime loads only if every reference names it)`);
  }
  const taskpaneUrl = resources.get(shared)?.value;
  if (taskpaneUrl !== `${ORIGIN}taskpane.html`) problems.push(`${shared} is ${taskpaneUrl}, expected ${ORIGIN}taskpane.html`);
  if (child(root, 'DefaultSettings', 'SourceLocation')?.attrs.DefaultValue !== taskpaneUrl) {
    problems.push('DefaultSettings/SourceLocation is not the task pane page');
  }

  // Custom functions: script, metadata in three languages, namespace KPI in every language.
  if (cf?.attrs['xsi:type'] !== 'CustomFunctions') problems.push('AllFormFactors/ExtensionPoint is not of xsi:type CustomFunctions');
  const script = child(cf, 'Script', 'SourceLocation');
  if (script?.attrs.resid !== 'Functions.Script.Url') problems.push('Script: resid is not Functions.Script.Url');
  if (resolve(script)?.value !== `${ORIGIN}functions.js`) problems.push(`Script is ${resolve(script)?.value}, expected ${ORIGIN}functions.js`);
  const metadataEl = child(cf, 'Metadata', 'SourceLocation');
  if (metadataEl?.attrs.resid !== 'Functions.Metadata.Url') problems.push('Metadata: resid is not Functions.Metadata.Url');
  const metadata = resolve(metadataEl);
  if (metadata?.value !== `${ORIGIN}functions.json`) problems.push(`Metadata is ${metadata?.value}, expected ${ORIGIN}functions.json`);
  const wantMetadata: Record<string, string> = { 'fa-IR': `${ORIGIN}functions.fa.json`, 'el-GR': `${ORIGIN}functions.el.json` };
  checkOverrideLocales('Functions.Metadata.Url', [...(metadata?.overrides.keys() ?? [])], problems);
  for (const [locale, url] of Object.entries(wantMetadata)) {
    if (metadata && metadata.overrides.get(locale) !== url) problems.push(`Functions.Metadata.Url for ${locale} is ${metadata.overrides.get(locale)}, expected ${url}`);
  }
  const namespace = resolve(child(cf, 'Namespace'));
  if (namespace?.value !== 'KPI') problems.push(`the functions' namespace is "${namespace?.value}", expected KPI`);
  if (namespace && namespace.overrides.size > 0) problems.push(`the namespace has overrides (${[...namespace.overrides.keys()].join(', ')}): =KPI. must read the same in every language`);

  // The ribbon: one button on the Home tab that opens the task pane.
  if (tabs.length !== 1 || tabs[0].attrs.id !== 'TabHome') problems.push('PrimaryCommandSurface: expected one OfficeTab with id TabHome');
  if (groups.length !== 1 || !groups[0].attrs.id) problems.push('TabHome: expected one Group with an id');
  if (controls.length !== 1 || button?.attrs['xsi:type'] !== 'Button' || !button.attrs.id) problems.push('Group: expected one Control of xsi:type Button with an id');
  if (action?.attrs['xsi:type'] !== 'ShowTaskpane') problems.push('the button\'s Action is not ShowTaskpane');
  if (child(action, 'TaskpaneId')?.text !== 'Office.AutoShowTaskpaneWithDocument') problems.push('ShowTaskpane: TaskpaneId is not Office.AutoShowTaskpaneWithDocument, so marked workbooks cannot open the pane');

  // Strings: lengths, and fa-IR and el-GR for every string but the namespace.
  for (const res of resources.values()) {
    if (res.kind === 'bt:ShortStrings' || res.kind === 'bt:LongStrings') {
      const max = res.kind === 'bt:ShortStrings' ? MAX.short : MAX.long;
      checkLength(`resource "${res.id}"`, res.value, max, problems);
      if (res === namespace) continue;
      checkOverrideLocales(`resource "${res.id}"`, [...res.overrides.keys()], problems);
      for (const [locale, value] of res.overrides) {
        checkLength(`resource "${res.id}" ${locale}`, value, max, problems);
        checkTranslation(`resource "${res.id}"`, locale, value, res.value, problems);
      }
    } else if (res !== metadata && res.overrides.size > 0) {
      problems.push(`resource "${res.id}" has overrides; only the functions' metadata differs by language`);
    }
  }

  // Every locale is a culture name; every URL is on the add-in's origin.
  for (const el of all(root, (e) => 'Locale' in e.attrs)) {
    if (!CULTURE.test(el.attrs.Locale)) problems.push(`${el.path}: "${el.attrs.Locale}" is not a culture name`);
  }
  for (const el of all(root, () => true)) {
    const values = [...Object.entries(el.attrs).filter(([k]) => !k.startsWith('xmlns')).map(([, v]) => v), el.text];
    for (const value of values) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      if (!value.startsWith(ORIGIN)) problems.push(`${el.path}: URL ${value} is not on ${ORIGIN}`);
      checkLength(el.path, value, MAX.url, problems);
    }
  }

  // Icons: each URL names an existing assets/icon-<size>.png of that size.
  const icons: [string, string | undefined, number][] = [
    ['IconUrl', child(root, 'IconUrl')?.attrs.DefaultValue, 32],
    ['HighResolutionIconUrl', child(root, 'HighResolutionIconUrl')?.attrs.DefaultValue, 64],
  ];
  for (const list of all(root, (e) => e.name === 'Icon')) {
    const sizes = childrenNamed(list, 'bt:Image').map((i) => Number(i.attrs.size));
    if (sizes.join() !== '16,32,80') problems.push(`${list.path}: icon sizes are [${sizes.join(', ')}], expected [16, 32, 80]`);
    for (const img of childrenNamed(list, 'bt:Image')) icons.push([`${list.path} ${img.attrs.size}`, resolve(img)?.value, Number(img.attrs.size)]);
  }
  for (const [where, url, size] of icons) {
    const name = `icon-${size}.png`;
    if (url !== `${ORIGIN}assets/${name}`) {
      problems.push(`${where}: ${url} is not ${ORIGIN}assets/${name}`);
      continue;
    }
    const bytes = options.readAsset(name);
    if (!bytes) {
      problems.push(`${where}: assets/${name} does not exist`);
      continue;
    }
    const got = pngSize(bytes);
    if (typeof got === 'string') problems.push(`${where}: assets/${name} is ${got}`);
    else if (got.width !== size || got.height !== size) problems.push(`${where}: assets/${name} is ${got.width}×${got.height}, expected ${size}×${size}`);
  }

  return problems;
}
