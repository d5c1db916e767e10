// Validating XML against the schemas copied in test/fixtures/schemas, with libxml2's xmllint (the xmllint-wasm build).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = join(__dirname, '..', 'fixtures', 'schemas');

function schemaSet(folder: string) {
  const dir = join(SCHEMAS, folder);
  return readdirSync(dir).filter((file) => file.endsWith('.xsd')).map((file) => ({ fileName: file, contents: readFileSync(join(dir, file), 'utf8') }));
}

/** The validity errors of `xml` against `schema` of the folder (its other schemas loaded for its imports); [] when valid. */
export async function schemaErrors(folder: 'ecma-376-transitional' | 'office-addin-manifest', schema: string, name: string, xml: string): Promise<string[]> {
  const set = schemaSet(folder);
  const main = set.find((file) => file.fileName === schema);
  if (!main) throw new Error(`no schema ${schema} in ${folder}`);
  const result = await validateXML({ xml: { fileName: name.replace(/[^\w.-]/g, '_'), contents: xml }, schema: main, preload: set.filter((file) => file !== main) });
  return result.errors.map((error) => error.rawMessage.trim());
}

/**
 * The validity errors of each .xlsx part, by path, all the parts of one schema in one xmllint run (the
 * schemas load once a run); a part no schema there covers has that as its error.
 */
export async function xlsxSchemaErrors(parts: Readonly<Record<string, string>>): Promise<Record<string, string[]>> {
  const set = schemaSet('ecma-376-transitional');
  const out: Record<string, string[]> = {};
  const bySchema = new Map<string, string[]>();
  for (const path of Object.keys(parts)) {
    const schema = xlsxPartSchema(path);
    out[path] = schema === undefined ? [`no schema for ${path}`] : [];
    if (schema !== undefined) bySchema.set(schema, [...(bySchema.get(schema) ?? []), path]);
  }
  const fileName = (path: string) => path.replace(/[^\w.-]/g, '_');
  for (const [schema, paths] of bySchema) {
    const main = set.find((file) => file.fileName === schema)!;
    const result = await validateXML({ xml: paths.map((path) => ({ fileName: fileName(path), contents: parts[path] })), schema: main, preload: set.filter((file) => file !== main) });
    for (const error of result.errors) {
      const path = paths.find((p) => fileName(p) === error.loc?.fileName || error.rawMessage.startsWith(`${fileName(p)} `));
      out[path ?? paths[0]].push(error.rawMessage.trim());
    }
  }
  return out;
}

/** The ECMA-376 schema of an .xlsx part by its path; undefined for a part no schema there covers. */
export function xlsxPartSchema(path: string): string | undefined {
  if (path.endsWith('.rels')) return 'opc-relationships.xsd';
  if (path === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (path === 'docProps/core.xml') return 'opc-coreProperties.xsd';
  if (path === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^xl\/charts\/chart\d+\.xml$/.test(path)) return 'dml-chart.xsd';
  if (/^xl\/drawings\/drawing\d+\.xml$/.test(path)) return 'dml-spreadsheetDrawing.xsd';
  if (/^xl\/(workbook|styles|sharedStrings|metadata)\.xml$/.test(path) || /^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return 'sml.xsd';
  return undefined;
}
