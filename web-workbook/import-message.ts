// What the toolbar says after a file is opened: its sheets, its encoding, the lines left out and how each column was read.
import { formatDay } from '../core';
import type { Language } from '../core/translations';
import type { ColumnReading, ImportedFile } from './file-import';
import { fill } from '../ui/wizard/wizard-strings';
import type { WorkbookStrings } from './workbook-strings';

/** A column read one way where its cells allowed the other: the button that takes the other reading. */
export interface ReadingChoice {
  readonly sheet: string;
  readonly reading: ColumnReading;
  readonly label: string;
}

/** A reading as the message words it: the column, a cell of it, and what that cell was read as. */
export function readingText(
  reading: Pick<ColumnReading, 'header' | 'example' | 'exampleRow'> & { readonly reading: ColumnReading['reading'] },
  values: readonly (string | number | null)[],
  texts: WorkbookStrings['opened'],
  language: Language,
): string {
  const value = values[reading.exampleRow] ?? null;
  const shown = typeof value !== 'number'
    ? String(value ?? '')
    : reading.reading === 'day-first' || reading.reading === 'month-first' ? formatDay(value) : value.toLocaleString(language, { maximumFractionDigits: 10 });
  return fill(texts.readings[reading.reading], { column: `“${reading.header}”`, example: reading.example, value: shown });
}

/**
 * The sentences after a file is opened (the sheets it became, its encoding, the lines left out, each
 * column's reading) and a choice for each reading the page's language decided.
 */
export function importMessage(
  file: string,
  imported: ImportedFile,
  sheetNames: readonly string[],
  strings: WorkbookStrings,
  language: Language,
): { text: string; choices: ReadingChoice[] } {
  const texts = strings.opened;
  const sentences: string[] = [];
  const choices: ReadingChoice[] = [];
  const { tables } = imported;
  if (tables.length === 1) {
    sentences.push(fill(strings.imported, { file, rows: tables[0].values.rows.length.toLocaleString(language), sheet: sheetNames[0] }));
  } else {
    const sheets = tables.map((table, i) => fill(texts.sheet, { sheet: sheetNames[i], rows: table.values.rows.length.toLocaleString(language) }));
    sentences.push(fill(texts.sheets, { file, sheets: sheets.join(', ') }));
  }
  if (imported.emptySheets.length > 0) sentences.push(fill(texts.emptySheets, { sheets: imported.emptySheets.join(', ') }));
  if (imported.encoding && imported.encoding !== 'utf-8') sentences.push(fill(texts.encoding, { encoding: texts.encodings[imported.encoding] }));
  tables.forEach((table, i) => {
    const lines: string[] = [];
    if (table.above > 0) lines.push(fill(texts.above, { count: table.above.toLocaleString(language) }));
    if (table.below > 0) lines.push(fill(texts.below, { count: table.below.toLocaleString(language) }));
    const where = tables.length > 1 ? ` (${sheetNames[i]})` : '';
    if (lines.length > 0) sentences.push(fill(texts.leftOut, { lines: `${lines.join(', ')}${where}` }));
    const decided = table.readings.filter((reading) => !reading.guessed);
    const guessed = table.readings.filter((reading) => reading.guessed);
    const column = (reading: ColumnReading) => table.values.rows.map((row) => row[reading.column]);
    if (decided.length > 0) sentences.push(fill(texts.read, { readings: decided.map((r) => readingText(r, column(r), texts, language)).join('; ') }));
    if (guessed.length > 0) {
      sentences.push(`${texts.guessed} ${guessed.map((r) => readingText(r, column(r), texts, language)).join('; ')}.`);
      for (const reading of guessed) {
        if (reading.other) choices.push({ sheet: sheetNames[i], reading, label: fill(texts.switchTo[reading.other.reading], { column: `“${reading.header}”` }) });
      }
    }
  });
  return { text: sentences.join(' '), choices };
}
