// What the three customer value forecasts share: their arguments, their errors and an example.
import type { KpiExample, ParamSpec } from '../define';

export const CUSTOMERS_PARAM = { name: 'customers', kind: 'labels', pairedWith: 'order_dates', description: 'The customer of each order, one row per order.' } as const satisfies ParamSpec;
export const ORDER_DATES_PARAM = { name: 'order_dates', kind: 'dates', pairedWith: 'customers', description: 'The date of each order. Orders on one day are one purchase.' } as const satisfies ParamSpec;
export const AS_OF_PARAM = {
  name: 'as_of', kind: 'date', optional: true,
  description: 'The last day the model learns from; later orders are left out (a holdout). Default: the latest order date.',
} as const satisfies ParamSpec;
export const UNIT_PARAM = {
  name: 'unit', kind: 'text', optional: true,
  description: '"days" (default) or "weeks": the unit of t_x, T, alpha and horizon.',
  choices: { days: ['day', 'روز', 'ημέρες', 'ημέρα'], weeks: ['week', 'هفته', 'εβδομάδες', 'εβδομάδα'] },
} as const satisfies ParamSpec;
export const HORIZON_PARAM = {
  name: 'horizon', kind: 'number', min: 0, suggestions: [30, 90, 365, 13, 26, 52],
  description: 'How far ahead to forecast, in the unit (52 weeks, 365 days).',
} as const satisfies ParamSpec;

export const FORECAST_ERRORS = [
  { kind: 'value', when: 'the ranges differ in size, a row is partly blank, or a cell has the wrong kind of value' },
  { kind: 'na', when: 'fewer than 10 customers have an order on or before as_of, or no customer bought on two different days' },
  { kind: 'num', when: 'a repeat purchase adds up to 0 or less, or the fit finds no optimum (customers too much alike)' },
] as const;

/** Nine customers are too few to fit four parameters: the call every forecast documents. */
export function fewCustomersExample(id: string, rest: readonly unknown[], restText = ''): KpiExample {
  const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
  return {
    formula: `${id}({${names.map((n) => `"${n}"`).join(';')}}, {${names.map(() => '"2024-03-01"').join(';')}}${restText})`,
    args: [names.map((n) => [n]), names.map(() => ['2024-03-01']), ...rest],
    result: { error: 'na' },
    note: 'Nine customers are too few to fit the model: it needs at least 10, and some who bought on two different days.',
  };
}
