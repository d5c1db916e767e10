// The sample data as a builder writes it: header row, rows with dates as serial day numbers, a number format per column.
import { parseDateText } from '../../core';
import { dataSheet, type DataColumnKind, type DataSheetKey, type SampleCell, type SampleTable } from './sample-data';

/** The same codes work in Excel and Sheets; text and ids keep the general format. */
export const COLUMN_FORMATS: Readonly<Record<DataColumnKind, string | undefined>> = {
  id: undefined,
  text: undefined,
  number: '#,##0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  month: 'yyyy-mm',
};

/** A date cell of the sample (ISO text) as the serial day number both hosts store a typed date as. */
function serial(cell: SampleCell, kind: DataColumnKind): SampleCell {
  if (cell === null || typeof cell === 'number') return cell;
  const day = parseDateText(kind === 'month' ? `${cell}-01` : cell);
  if (!Number.isFinite(day)) throw new Error(`The sample has "${cell}" in a ${kind} column`);
  return day;
}

export interface DataSheetValues {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
  /** Per column, its number format (undefined: general). */
  readonly formats: readonly (string | undefined)[];
}

/** A sample table as it goes onto its sheet: dates typed as dates (serial numbers with a date format). */
export function dataSheetValues(sheet: DataSheetKey, table: SampleTable): DataSheetValues {
  const columns = dataSheet(sheet).columns;
  const isDate = columns.map((c) => c.kind === 'date' || c.kind === 'datetime' || c.kind === 'month');
  return {
    headers: table.headers,
    rows: table.rows.map((row) => row.map((cell, i) => (isDate[i] ? serial(cell, columns[i].kind) : cell))),
    formats: columns.map((c) => COLUMN_FORMATS[c.kind]),
  };
}
