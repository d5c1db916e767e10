import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKpi, GROUP_TITLES, isScalarKind, REGISTRY, type KpiDefinition } from '../../core';

/** Every signature of the catalog (/work/shared/KPI-CATALOG.md), in catalog order, optional arguments in brackets. */
const CATALOG: readonly (readonly [group: string, signature: string])[] = [
  ['funnel', 'CONVERSION_RATE(from_count, to_count)'],
  ['funnel', 'MQL_TO_SQL_RATE(mqls, sqls)'],
  ['funnel', 'CLOSE_RATE(leads, customers)'],
  ['funnel', 'CONVERSATION_TO_DEMO(conversations, demos)'],
  ['funnel', 'QUOTE_TO_INVOICE(quotes, invoices)'],
  ['funnel', 'WIN_RATE(statuses, [won_label], [lost_label])'],
  ['funnel', 'FUNNEL(stage_counts, [stage_labels])'],
  ['pipeline', 'PIPELINE_VELOCITY(opportunities, avg_deal_value, win_rate, cycle_length)'],
  ['pipeline', 'AVG_DEAL_SIZE(amounts, [statuses], [won_label])'],
  ['pipeline', 'SALES_CYCLE(start_dates, close_dates, [statuses], [won_label], [lost_label])'],
  ['pipeline', 'AVG_RESPONSE_TIME(received, responded, [unit])'],
  ['pipeline', 'REPEAT_DEALS(accounts)'],
  ['sources', 'BY_SOURCE(sources, [values], [statuses], [won_label])'],
  ['sources', 'NEW_BUSINESS_SHARE(new_customer_sales, total_sales)'],
  ['economics', 'CAC(spend, new_customers)'],
  ['economics', 'CLV(avg_purchase_value, purchases_per_period, periods, [margin])'],
  ['economics', 'LTV(arpa, churn_rate, [gross_margin])'],
  ['economics', 'LTV_CAC_RATIO(ltv, cac)'],
  ['economics', 'CAC_PAYBACK(cac, arpa, [gross_margin])'],
  ['economics', 'CHURN_RATE(customers_at_start, customers_lost)'],
  ['economics', 'RETENTION_RATE(customers_at_start, customers_at_end, new_customers)'],
  ['revenue', 'PROFIT_MARGIN(revenues, costs)'],
  ['revenue', 'REVENUE_PER_REP(revenue, reps)'],
  ['revenue', 'GROWTH(previous, current)'],
  ['revenue', 'ORDER_SIZE_GROWTH(previous_orders, current_orders)'],
  ['loyalty', 'NPS(scores)'],
  ['loyalty', 'NPS_BREAKDOWN(scores)'],
  ['loyalty', 'CSAT(ratings, [scale], [threshold])'],
  ['loyalty', 'RFM(customers, order_dates, amounts, [as_of])'],
  ['periods', 'JALALI(date, [part])'],
  ['periods', 'BY_PERIOD(dates, [values], [period], [calendar], [fiscal_start])'],
  ['periods', 'COHORT_RETENTION(customers, order_dates, [period], [calendar])'],
  ['subscription', 'MRR_MOVEMENTS(customers, months, mrr, [calendar])'],
  ['subscription', 'NRR(customers, months, mrr, start_month, end_month, [calendar])'],
  ['subscription', 'GRR(customers, months, mrr, start_month, end_month, [calendar])'],
  ['forecast', 'CLV_MODEL(customers, order_dates, [amounts], [as_of], [unit])'],
  ['forecast', 'PURCHASE_FORECAST(customers, order_dates, horizon, [as_of], [unit])'],
  ['forecast', 'CLV_FORECAST(customers, order_dates, amounts, horizon, [as_of], [unit], [margin])'],
];

/** The catalog's table functions, which spill a table with no header row. */
const TABLES = ['FUNNEL', 'BY_SOURCE', 'NPS_BREAKDOWN', 'RFM', 'BY_PERIOD', 'COHORT_RETENTION', 'MRR_MOVEMENTS', 'CLV_MODEL', 'PURCHASE_FORECAST', 'CLV_FORECAST'];

/** Inputs that are rates (win rate, churn rate, margin): a fraction from 0 to 1. */
const RATE_PARAMS = ['win_rate', 'churn_rate', 'margin', 'gross_margin'];

function signature(def: KpiDefinition): string {
  return `${def.id}(${def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

describe('the registry', () => {
  it('has exactly the 38 catalog functions, in catalog order', () => {
    expect(CATALOG).toHaveLength(38);
    expect(REGISTRY.map((def) => def.id)).toEqual(CATALOG.map(([, sig]) => sig.slice(0, sig.indexOf('('))));
  });

  it('gives every function the catalog arguments, in the catalog order, optional where the catalog brackets them', () => {
    expect(REGISTRY.map(signature)).toEqual(CATALOG.map(([, sig]) => sig));
  });

  it('puts every function in its catalog section', () => {
    expect(REGISTRY.map((def) => [def.id, def.group])).toEqual(CATALOG.map(([group, sig]) => [sig.slice(0, sig.indexOf('(')), group]));
    for (const def of REGISTRY) expect(GROUP_TITLES[def.group], def.id).toBeTruthy();
  });

  it('has unique ids', () => {
    expect(new Set(REGISTRY.map((def) => def.id)).size).toBe(REGISTRY.length);
  });

  it('finds a function by id in any case, and nothing for an unknown id', () => {
    expect(findKpi('nps')).toBe(REGISTRY.find((def) => def.id === 'NPS'));
    expect(findKpi('Mql_To_Sql_Rate')?.id).toBe('MQL_TO_SQL_RATE');
    expect(findKpi('NOT_A_KPI')).toBeUndefined();
  });

  it('marks the ten table functions as tables with their columns, and no other', () => {
    expect(REGISTRY.filter((def) => def.result === 'table').map((def) => def.id)).toEqual(TABLES);
    for (const id of TABLES) expect(findKpi(id)!.columns?.length, id).toBeGreaterThan(1);
  });

  it('reads rate inputs as fractions from 0 to 1', () => {
    for (const def of REGISTRY) {
      for (const param of def.params) {
        if (RATE_PARAMS.includes(param.name)) expect(param.rate, `${def.id} ${param.name}`).toBe(true);
      }
    }
  });
});

describe.each(REGISTRY.map((def) => [def.id, def] as const))('%s', (_id, def) => {
  it('has a summary, a formula and a description for every parameter', () => {
    expect(def.summary.trim()).not.toBe('');
    expect(def.formula.trim()).not.toBe('');
    for (const param of def.params) expect(param.description.trim(), param.name).not.toBe('');
  });

  it('has unique parameter names', () => {
    expect(new Set(def.params.map((p) => p.name)).size).toBe(def.params.length);
  });

  it('puts optional parameters after the required ones', () => {
    const firstOptional = def.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(def.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it('has at least one example and at least one documented error', () => {
    expect(def.examples.length).toBeGreaterThanOrEqual(1);
    expect(def.errors.length).toBeGreaterThanOrEqual(1);
    for (const error of def.errors) expect(error.when.trim()).not.toBe('');
  });

  it('writes its examples as calls of itself with no more arguments than it takes', () => {
    for (const example of def.examples) {
      expect(example.formula.startsWith(`${def.id}(`), example.formula).toBe(true);
      expect(example.args.length).toBeLessThanOrEqual(def.params.length);
    }
  });

  it('pairs ranges only with another range parameter of the same function', () => {
    for (const param of def.params) {
      if (param.pairedWith === undefined) continue;
      const other = def.params.find((p) => p.name === param.pairedWith);
      expect(other, `${param.name} is paired with ${param.pairedWith}`).toBeDefined();
      expect(other!.name).not.toBe(param.name);
      expect(isScalarKind(other!.kind)).toBe(false);
      expect(isScalarKind(param.kind)).toBe(false);
    }
  });
});

describe('the README', () => {
  it('gives the number of functions the registry has', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`${REGISTRY.length} functions in all`);
  });
});
