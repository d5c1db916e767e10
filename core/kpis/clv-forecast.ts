// CLV_FORECAST: each customer's expected purchases, expected order value and predicted value over a horizon.
import { defineKpi, type Table } from '../define';
import { fail, isKpiError } from '../errors';
import { fitBgNbd } from '../forecast/bg-nbd';
import { expectedOrderValue, fitGammaGamma } from '../forecast/gamma-gamma';
import { readPurchaseHistory } from '../forecast/purchase-history';
import { code, message } from '../messages';
import { AS_OF_PARAM, CUSTOMERS_PARAM, HORIZON_PARAM, ORDER_DATES_PARAM, UNIT_PARAM, FORECAST_ERRORS, fewCustomersExample } from './forecast-args';
import { forecastPurchases } from './purchase-forecast';

export const clvForecast = defineKpi({
  id: 'CLV_FORECAST',
  group: 'forecast',
  summary: 'A table with one row per customer: purchases expected in the next horizon (BG/NBD), expected order value (Gamma-Gamma) and predicted value = purchases × order value × margin.',
  formula: 'value = E[purchases in horizon] × E[order value] × margin; E[order value] = (q − 1) ÷ (p·x + q − 1) · γp ÷ (q − 1) + p·x ÷ (p·x + q − 1) · m',
  params: [
    CUSTOMERS_PARAM,
    ORDER_DATES_PARAM,
    { name: 'amounts', kind: 'numbers', pairedWith: 'customers', description: 'The amount of each order.' },
    HORIZON_PARAM,
    AS_OF_PARAM,
    UNIT_PARAM,
    { name: 'margin', kind: 'number', optional: true, rate: true, min: 0, max: 1, description: 'The share of revenue kept as profit, from 0 to 1. Default 1: value as revenue.' },
  ],
  result: 'table',
  columns: ['customer', 'expected purchases in the next horizon', 'expected order value', 'predicted value: purchases × order value × margin'],
  columnFormats: ['text', 'ratio', 'money', 'money'],
  errors: [
    ...FORECAST_ERRORS.slice(0, 2),
    { kind: 'num', when: 'horizon is negative or too far ahead to compute, margin is outside 0–1, a repeat purchase adds up to 0 or less, a fit finds no optimum, or q ≤ 1 (no finite mean order value)' },
  ],
  examples: [fewCustomersExample('CLV_FORECAST', [[[10], [20], [30], [40], [50], [60], [70], [80], [90]], 52], ', {10;20;30;40;50;60;70;80;90}, 52')],
  compute: (customers, dates, amounts, horizon, asOf, unit, margin) => {
    const history = readPurchaseHistory(customers, dates, amounts, asOf, unit);
    if (isKpiError(history)) return history;
    const purchases = fitBgNbd(history);
    if (!purchases) return fail('num', message('noOptimum', { model: code('BG/NBD') }), { param: 'customers' });
    const value = fitGammaGamma(history);
    if (!value) return fail('num', message('noOptimum', { model: code('Gamma-Gamma') }), { param: 'amounts' });
    if (value.q <= 1) return fail('num', message('infiniteMeanOrderValue', { model: code('Gamma-Gamma'), name: code('q'), q: Number(value.q.toPrecision(3)) }), { param: 'amounts' });
    const keep = margin ?? 1;
    const forecast = forecastPurchases(history, purchases, horizon);
    if (isKpiError(forecast)) return forecast;
    const expected = forecast.purchases;
    const table: Table = [];
    for (let c = 0; c < history.x.length; c++) {
      const orderValue = expectedOrderValue(value, history.x[c], history.meanRepeat[c]);
      table.push([history.names[c], expected[c], orderValue, expected[c] * orderValue * keep]);
    }
    return table;
  },
});
