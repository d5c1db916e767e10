// A CRM export as a host holds it once opened (header row, then values), the own-dashboard mapping the pane proposes, and the deal KPIs to expect.
import { readFileValues } from '../../web-workbook/file-import';
import { proposeOwnFields, statusesOf, type OwnMapping, type OwnSheet } from '../../ui/template/own-data';
import { expectedKpis, type CrmExport } from './crm-exports';

export interface OpenedExport {
  readonly crm: CrmExport;
  /** The sheet's cells: the header row, then one row per deal (dates as serial days, numbers as numbers). */
  readonly rows: (string | number | null)[][];
  readonly own: OwnSheet;
  readonly mapping: OwnMapping;
  readonly expected: ReturnType<typeof expectedKpis>;
}

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The export read as the browser workbook reads it, on a sheet named `sheet`, with every proposal taken as it comes. */
export async function openedExport(make: () => CrmExport, sheet: string): Promise<OpenedExport> {
  const crm = make();
  const [table] = (await readFileValues(crm.fileName, buffer(crm.bytes))).tables;
  const rows = [[...table.values.headers], ...table.values.rows.map((row) => [...row])] as (string | number | null)[][];
  const own: OwnSheet = {
    sheet,
    headerRow: 0,
    columns: table.values.headers.map((header, col) => ({ header, col, cells: table.values.rows.map((row) => row[col]) })),
  };
  const fields = Object.fromEntries([...proposeOwnFields(own)].map(([key, match]) => [key, match.col]));
  return { crm, rows, own, mapping: { fields, statuses: statusesOf(own, fields['deals.status']) }, expected: expectedKpis(crm.deals) };
}
