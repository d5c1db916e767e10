// The worked numbers of ../shared/KPI-CATALOG.md that are single values: [function, arguments, result].
export const CATALOG_WORKED_NUMBERS: readonly (readonly [string, readonly unknown[], number])[] = [
  ['MQL_TO_SQL_RATE', [8000, 2000], 0.25],
  ['CONVERSION_RATE', [100, 20], 0.2],
  ['PIPELINE_VELOCITY', [20, 150000000, 0.5, 30], 50000000],
  ['CAC', [14000000, 560], 25000],
  ['CAC', [10000, 20], 500],
  ['NPS', [[[10], [9], [8], [7], [6], [0]]], 0],
  ['NPS', [[[10], [10], [9], [5]]], 50],
  ['MQL_TO_SQL_RATE', ['۸٬۰۰۰', '۲۰۰۰'], 0.25],
];
