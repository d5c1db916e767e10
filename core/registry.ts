// The ordered list of every KPI: the single source for both hosts' metadata, the wizard and the docs.
import type { KpiDefinition, KpiGroup } from './define';
import { avgDealSize } from './kpis/avg-deal-size';
import { avgResponseTime } from './kpis/avg-response-time';
import { byPeriod } from './kpis/by-period';
import { bySource } from './kpis/by-source';
import { cac } from './kpis/cac';
import { cacPayback } from './kpis/cac-payback';
import { churnRate } from './kpis/churn-rate';
import { closeRate } from './kpis/close-rate';
import { clv } from './kpis/clv';
import { clvForecast } from './kpis/clv-forecast';
import { clvModel } from './kpis/clv-model';
import { cohortRetention } from './kpis/cohort-retention';
import { conversationToDemo } from './kpis/conversation-to-demo';
import { conversionRate } from './kpis/conversion-rate';
import { csat } from './kpis/csat';
import { funnel } from './kpis/funnel';
import { growth } from './kpis/growth';
import { jalali } from './kpis/jalali';
import { ltv } from './kpis/ltv';
import { ltvCacRatio } from './kpis/ltv-cac-ratio';
import { mqlToSqlRate } from './kpis/mql-to-sql-rate';
import { mrrMovements } from './kpis/mrr-movements';
import { newBusinessShare } from './kpis/new-business-share';
import { nps } from './kpis/nps';
import { npsBreakdown } from './kpis/nps-breakdown';
import { orderSizeGrowth } from './kpis/order-size-growth';
import { pipelineVelocity } from './kpis/pipeline-velocity';
import { profitMargin } from './kpis/profit-margin';
import { purchaseForecast } from './kpis/purchase-forecast';
import { quoteToInvoice } from './kpis/quote-to-invoice';
import { repeatDeals } from './kpis/repeat-deals';
import { retentionRate } from './kpis/retention-rate';
import { grr, nrr } from './kpis/revenue-retention';
import { revenuePerRep } from './kpis/revenue-per-rep';
import { rfm } from './kpis/rfm';
import { salesCycle } from './kpis/sales-cycle';
import { winRate } from './kpis/win-rate';

/** Every KPI in catalog order. */
export const REGISTRY: readonly KpiDefinition[] = [
  conversionRate, mqlToSqlRate, closeRate, conversationToDemo, quoteToInvoice, winRate, funnel,
  pipelineVelocity, avgDealSize, salesCycle, avgResponseTime, repeatDeals,
  bySource, newBusinessShare,
  cac, clv, ltv, ltvCacRatio, cacPayback, churnRate, retentionRate,
  profitMargin, revenuePerRep, growth, orderSizeGrowth,
  nps, npsBreakdown, csat, rfm,
  jalali, byPeriod, cohortRetention,
  mrrMovements, nrr, grr,
  clvModel, purchaseForecast, clvForecast,
];

export const GROUP_TITLES: Readonly<Record<KpiGroup, string>> = {
  funnel: 'Funnel and conversion',
  pipeline: 'Pipeline',
  sources: 'Sources and mix',
  economics: 'Customer economics',
  revenue: 'Revenue and profitability',
  loyalty: 'Loyalty and satisfaction',
  periods: 'Periods and calendars',
  subscription: 'Subscription revenue',
  forecast: 'Customer value forecasting',
};

const BY_ID = new Map(REGISTRY.map((def) => [def.id, def]));

export function findKpi(id: string): KpiDefinition | undefined {
  return BY_ID.get(id.toUpperCase());
}

/** The namespace of the Excel add-in's functions, as manifest.xml declares it (Functions.Namespace). */
export const EXCEL_NAMESPACE = 'KPI';

/** The name an Excel user types: `KPI.NPS`. */
export function excelName(def: KpiDefinition): string {
  return `${EXCEL_NAMESPACE}.${def.id}`;
}

/**
 * The name Excel writes into a file for a JavaScript custom function: `_xldudf_`, then its name with the
 * dot as an underscore (`_xldudf_KPI_NPS`); Excel shows it as `KPI.NPS` once the add-in is loaded.
 */
export function excelFileName(def: KpiDefinition): string {
  return `_xldudf_${EXCEL_NAMESPACE}_${def.id}`;
}

/** The name a Sheets user types: the id, unless a built-in Sheets function already has it. */
export function sheetsName(def: KpiDefinition): string {
  return def.sheetsName ?? def.id;
}
