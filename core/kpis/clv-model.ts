// CLV_MODEL: the BG/NBD and Gamma-Gamma parameters fitted to an order list, as a two-column table.
import { defineKpi, type Table } from '../define';
import { fail, isKpiError } from '../errors';
import { fitBgNbd } from '../forecast/bg-nbd';
import { fitGammaGamma } from '../forecast/gamma-gamma';
import { readPurchaseHistory } from '../forecast/purchase-history';
import { code, message } from '../messages';
import { AS_OF_PARAM, CUSTOMERS_PARAM, ORDER_DATES_PARAM, UNIT_PARAM, FORECAST_ERRORS, fewCustomersExample } from './forecast-args';

export const clvModel = defineKpi({
  id: 'CLV_MODEL',
  group: 'forecast',
  summary: 'The BG/NBD purchase model and the Gamma-Gamma order value model fitted to an order list by maximum likelihood: their parameters and log-likelihoods.',
  formula: 'maximise Σ ln L(r, α, a, b | x, t_x, T) (Fader, Hardie & Lee 2005) and Σ ln f(m | p, q, γ, x) over repeat customers (Fader & Hardie 2013)',
  params: [
    CUSTOMERS_PARAM,
    ORDER_DATES_PARAM,
    { name: 'amounts', kind: 'numbers', optional: true, pairedWith: 'customers', description: 'The amount of each order, for the order value model. Without it, only the purchase model is fitted.' },
    AS_OF_PARAM,
    UNIT_PARAM,
  ],
  result: 'table',
  columns: [
    'name: r, alpha, a, b, BG/NBD log-likelihood, p, q, gamma, Gamma-Gamma log-likelihood, customers, repeat customers',
    'value (blank for the Gamma-Gamma rows without amounts)',
  ],
  columnFormats: ['text', 'ratio'],
  errors: FORECAST_ERRORS,
  examples: [fewCustomersExample('CLV_MODEL', [])],
  compute: (customers, dates, amounts, asOf, unit) => {
    const history = readPurchaseHistory(customers, dates, amounts, asOf, unit);
    if (isKpiError(history)) return history;
    const purchases = fitBgNbd(history);
    if (!purchases) return fail('num', message('noOptimum', { model: code('BG/NBD') }), { param: 'customers' });
    let repeat = 0;
    for (let c = 0; c < history.x.length; c++) if (history.x[c] > 0) repeat++;
    const value = amounts === undefined ? undefined : fitGammaGamma(history);
    if (amounts !== undefined && !value) return fail('num', message('noOptimum', { model: code('Gamma-Gamma') }), { param: 'amounts' });
    const table: Table = [
      ['r', purchases.r],
      ['alpha', purchases.alpha],
      ['a', purchases.a],
      ['b', purchases.b],
      ['BG/NBD log-likelihood', purchases.logLikelihood],
      ['p', value?.p ?? ''],
      ['q', value?.q ?? ''],
      ['gamma', value?.gamma ?? ''],
      ['Gamma-Gamma log-likelihood', value?.logLikelihood ?? ''],
      ['customers', history.names.length],
      ['repeat customers', repeat],
    ];
    return table;
  },
});
