// The worked numbers of ../shared/KPI-CATALOG.md: single values as [function, arguments, result], and the tables and errors apart.
const col = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

export const CATALOG_WORKED_NUMBERS: readonly (readonly [string, readonly unknown[], number])[] = [
  ['MQL_TO_SQL_RATE', [8000, 2000], 0.25],
  ['CONVERSION_RATE', [100, 20], 0.2],
  ['PIPELINE_VELOCITY', [20, 150000000, 0.5, 30], 50000000],
  ['CAC', [14000000, 560], 25000],
  ['CAC', [10000, 20], 500],
  ['NPS', [[[10], [9], [8], [7], [6], [0]]], 0],
  ['NPS', [[[10], [10], [9], [5]]], 50],
  ['MQL_TO_SQL_RATE', ['۸٬۰۰۰', '۲۰۰۰'], 0.25],
  ['CAC', ['$12,500.00', 5], 2500],
  ['CAC', ['10.196,17 €', 1], 10196.17],
  ['GROWTH', ['(100)', 50], -1.5],
  ['SALES_CYCLE', [col('12/14/2024', '1/6/2025'), col('12/20/2024', '1/9/2025')], 4.5],
  ['SALES_CYCLE', [col('30.11.2024'), col('10.12.2024')], 10],
  ['SALES_CYCLE', [
    col('2024-01-01', '2024-01-01', '2024-01-01'),
    col('2024-01-11', '2024-01-21', '2024-01-31'),
    col('Closed Won', 'Closed Lost', 'Appointment scheduled'),
  ], 15],
  ['WIN_RATE', [col('Closed Won', 'Closed Lost', 'Closed-Lost to Competition', 'Qualification')], 1 / 3],
  ['WIN_RATE', [col('A', 'B', 'C', 'D'), 'A', col('B', 'C')], 1 / 3],
];

/** Worked calls whose result is an error: [function, arguments, error kind]. */
export const CATALOG_WORKED_ERRORS: readonly (readonly [string, readonly unknown[], 'value' | 'num' | 'div0' | 'na'])[] = [
  ['SALES_CYCLE', [col('01/02/2024'), col('05/02/2024')], 'value'],
];

/** Worked tables: [function, arguments, the whole table]. */
export const CATALOG_WORKED_TABLES: readonly (readonly [string, readonly unknown[], readonly (readonly (string | number)[])[]])[] = [
  ['BY_SOURCE', [col('social', 'web', 'web'), col(5000, 9000, 6000)], [['web', 2, 15000, 0.75], ['social', 1, 5000, 0.25]]],
  ['BY_SOURCE', [col('web', '', 'email'), col(100, 300, 50)], [['(none)', 1, 300, 2 / 3], ['web', 1, 100, 2 / 9], ['email', 1, 50, 1 / 9]]],
];
