// The dashboard's data fields (a data set's columns) as a user reads them, and the wizard argument each is matched like.
import type { Language } from '../../core/translations';
import type { DataSheetKey } from './sample-data';

type Label = Readonly<Record<Language, string>>;

export interface DashboardField {
  readonly sheet: DataSheetKey;
  readonly column: string;
  readonly label: Label;
  /** The registry KPI and range argument whose column is the same thing; the column matcher proposes it as it does for that argument. */
  readonly like: { readonly kpi: string; readonly param: string };
}

/** Every field the dashboard reads from a data set, in the order the mapping screen lists them. */
export const DASHBOARD_FIELDS: readonly DashboardField[] = [
  { sheet: 'deals', column: 'status', label: { en: 'Deal status', fa: 'وضعیت معامله', el: 'Κατάσταση συμφωνίας' }, like: { kpi: 'WIN_RATE', param: 'statuses' } },
  { sheet: 'deals', column: 'amount', label: { en: 'Deal amount', fa: 'مبلغ معامله', el: 'Ποσό συμφωνίας' }, like: { kpi: 'AVG_DEAL_SIZE', param: 'amounts' } },
  { sheet: 'deals', column: 'created', label: { en: 'Created', fa: 'تاریخ ایجاد', el: 'Ημερομηνία δημιουργίας' }, like: { kpi: 'SALES_CYCLE', param: 'start_dates' } },
  { sheet: 'deals', column: 'closed', label: { en: 'Closed', fa: 'تاریخ بستن', el: 'Ημερομηνία κλεισίματος' }, like: { kpi: 'SALES_CYCLE', param: 'close_dates' } },
  { sheet: 'deals', column: 'owner', label: { en: 'Owner (sales rep)', fa: 'کارشناس فروش', el: 'Πωλητής' }, like: { kpi: 'REVENUE_PER_REP', param: 'reps' } },
  { sheet: 'deals', column: 'source', label: { en: 'Source', fa: 'منبع', el: 'Πηγή' }, like: { kpi: 'BY_SOURCE', param: 'sources' } },
  { sheet: 'deals', column: 'account', label: { en: 'Account', fa: 'حساب مشتری', el: 'Λογαριασμός' }, like: { kpi: 'REPEAT_DEALS', param: 'accounts' } },
  { sheet: 'deals', column: 'cost', label: { en: 'Deal cost', fa: 'هزینهٔ معامله', el: 'Κόστος συμφωνίας' }, like: { kpi: 'PROFIT_MARGIN', param: 'costs' } },
  { sheet: 'leads', column: 'id', label: { en: 'Leads', fa: 'سرنخ‌ها', el: 'Δυνητικοί πελάτες' }, like: { kpi: 'REPEAT_DEALS', param: 'accounts' } },
  { sheet: 'leads', column: 'received', label: { en: 'Lead received', fa: 'زمان دریافت سرنخ', el: 'Λήψη δυνητικού πελάτη' }, like: { kpi: 'AVG_RESPONSE_TIME', param: 'received' } },
  { sheet: 'leads', column: 'firstResponse', label: { en: 'First response', fa: 'زمان اولین پاسخ', el: 'Πρώτη απάντηση' }, like: { kpi: 'AVG_RESPONSE_TIME', param: 'responded' } },
  { sheet: 'leads', column: 'stage', label: { en: 'Lead stage (MQL, SQL, Opportunity, Customer)', fa: 'مرحلهٔ سرنخ (MQL، SQL، Opportunity، Customer)', el: 'Στάδιο δυνητικού πελάτη (MQL, SQL, Opportunity, Customer)' }, like: { kpi: 'FUNNEL', param: 'stage_labels' } },
  { sheet: 'orders', column: 'customer', label: { en: 'Order customer', fa: 'مشتری سفارش', el: 'Πελάτης παραγγελίας' }, like: { kpi: 'RFM', param: 'customers' } },
  { sheet: 'orders', column: 'date', label: { en: 'Order date', fa: 'تاریخ سفارش', el: 'Ημερομηνία παραγγελίας' }, like: { kpi: 'RFM', param: 'order_dates' } },
  { sheet: 'orders', column: 'amount', label: { en: 'Order amount', fa: 'مبلغ سفارش', el: 'Ποσό παραγγελίας' }, like: { kpi: 'RFM', param: 'amounts' } },
  { sheet: 'survey', column: 'npsScore', label: { en: 'NPS score', fa: 'امتیاز NPS', el: 'Βαθμολογία NPS' }, like: { kpi: 'NPS', param: 'scores' } },
  { sheet: 'survey', column: 'csatRating', label: { en: 'CSAT rating', fa: 'امتیاز رضایت', el: 'Αξιολόγηση CSAT' }, like: { kpi: 'CSAT', param: 'ratings' } },
  { sheet: 'spend', column: 'amount', label: { en: 'Marketing and sales spend', fa: 'هزینهٔ بازاریابی و فروش', el: 'Δαπάνη μάρκετινγκ και πωλήσεων' }, like: { kpi: 'CAC', param: 'spend' } },
];

export function dashboardField(sheet: DataSheetKey, column: string): DashboardField | undefined {
  return DASHBOARD_FIELDS.find((f) => f.sheet === sheet && f.column === column);
}

/** A field's name in `language`; a column the list does not have keeps its key. */
export function fieldLabel(sheet: DataSheetKey, column: string, language: Language): string {
  return dashboardField(sheet, column)?.label[language] ?? column;
}
