// PURCHASE_FORECAST: each customer's chance of still buying and expected purchases ahead, from a BG/NBD fit.
import { defineKpi, type Table } from '../define';
import { fail, isKpiError, type KpiError } from '../errors';
import { fitBgNbd, forecastCustomers, type BgNbdParams } from '../forecast/bg-nbd';
import { readPurchaseHistory, type PurchaseHistory } from '../forecast/purchase-history';
import { code, message } from '../messages';
import { AS_OF_PARAM, CUSTOMERS_PARAM, HORIZON_PARAM, ORDER_DATES_PARAM, UNIT_PARAM, FORECAST_ERRORS, fewCustomersExample } from './forecast-args';

/** `forecastCustomers`, or the error saying the horizon is too far: the series behind it has not converged. */
export function forecastPurchases(history: PurchaseHistory, params: BgNbdParams, horizon: number): { alive: Float64Array; purchases: Float64Array } | KpiError {
  return forecastCustomers(history, params, horizon) ?? fail('num', message('horizonTooFar', { value: horizon }), { param: 'horizon' });
}

export const purchaseForecast = defineKpi({
  id: 'PURCHASE_FORECAST',
  group: 'forecast',
  summary: 'A table with one row per customer: repeat purchases x, t_x and T, the probability the customer still buys, and the purchases expected in the next horizon (BG/NBD).',
  formula: 'P(alive) = 1 ÷ (1 + [x > 0] · a ÷ (b + x − 1) · ((α + T) ÷ (α + t_x))^(r + x)); E = (a + b + x − 1) ÷ (a − 1) · [1 − ((α + T) ÷ (α + T + t))^(r + x) · ₂F₁(r + x, b + x; a + b + x − 1; t ÷ (α + T + t))] · P(alive)',
  params: [CUSTOMERS_PARAM, ORDER_DATES_PARAM, HORIZON_PARAM, AS_OF_PARAM, UNIT_PARAM],
  result: 'table',
  columns: ['customer', 'x: repeat purchases (purchase days − 1)', 't_x: first to last purchase, in the unit', 'T: first purchase to as_of, in the unit', 'P(alive)', 'expected purchases in the next horizon'],
  columnFormats: ['text', 'number', 'ratio', 'ratio', 'rate', 'ratio'],
  errors: [...FORECAST_ERRORS.slice(0, 2), { kind: 'num', when: 'horizon is negative or too far ahead to compute, or the fit finds no optimum (customers too much alike)' }],
  examples: [fewCustomersExample('PURCHASE_FORECAST', [52], ', 52')],
  compute: (customers, dates, horizon, asOf, unit) => {
    const history = readPurchaseHistory(customers, dates, undefined, asOf, unit);
    if (isKpiError(history)) return history;
    const params = fitBgNbd(history);
    if (!params) return fail('num', message('noOptimum', { model: code('BG/NBD') }), { param: 'customers' });
    const forecast = forecastPurchases(history, params, horizon);
    if (isKpiError(forecast)) return forecast;
    const { alive, purchases } = forecast;
    const table: Table = [];
    for (let c = 0; c < history.x.length; c++) {
      table.push([history.names[c], history.x[c], history.recencyDays[c] / history.unitDays, history.ageDays[c] / history.unitDays, alive[c], purchases[c]]);
    }
    return table;
  },
});
