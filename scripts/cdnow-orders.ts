// The CDNOW sample (test/fixtures, from ../shared/data: 2,357 customers, 6,919 orders) as order columns, for tests and the bench.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CDNOW_FILE = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/cdnow-sample.txt');

/** Serial day number (days since 1899-12-30) of a YYYYMMDD date. */
export const serialOf = (yyyymmdd: string): number =>
  Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / 86_400_000 + 25_569;

/** The calibration end of both papers: 1997-09-30 (39 weeks after 1997-01-01). */
export const CDNOW_AS_OF = serialOf('19970930');

export function cdnowOrders(): { customers: string[]; days: number[]; amounts: number[] } {
  const customers: string[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  for (const line of readFileSync(CDNOW_FILE, 'utf8').trim().split('\n')) {
    // Whitespace separated: id in the full data, id in the sample, date, CDs, dollars.
    const [, id, date, , amount] = line.trim().split(/\s+/);
    customers.push(id);
    days.push(serialOf(date));
    amounts.push(Number(amount));
  }
  return { customers, days, amounts };
}
