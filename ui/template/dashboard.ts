// The Sales KPI dashboard as data: sections, KPI items, helper blocks and charts, and their formulas for either host.
import { findKpi, type KpiDefinition } from '../../core';
import { RFM_SEGMENTS } from '../../core/kpis/rfm';
import type { DealOutcome } from '../../core/kpis/status-labels';
import type { Language } from '../../core/translations';
import type { Host } from '../function-reference';
import { functionName, textLiteral } from '../wizard/formula';
import { numberFormatFor } from '../wizard/number-format';
import { columnIndex, LEAD_STAGES, type DataSheetKey } from './sample-data';
import { HELPER_RANGES, type HelperRangeKey } from './template-names';

export type Label = Readonly<Record<Language, string>>;

/** A column of a data sheet, by the stable keys of `DATA_SHEETS`. */
export interface ColumnRef {
  readonly sheet: DataSheetKey;
  readonly column: string;
}

/** A native spreadsheet function (the same in both hosts) over data columns, for a single-value argument. */
export interface NativeCall {
  readonly fn: 'COUNTIF' | 'COUNTA';
  /** Ranges as column or helper references; criteria as text. */
  readonly args: readonly (ColumnRef | { readonly helper: HelperRangeKey } | string)[];
}

/** The status block's columns that the won deals are summed over: deals, their value, their cost. */
export type StatusTotal = 'statusCounts' | 'statusAmounts' | 'statusCosts';

/**
 * How deals count is decided once, in the dashboard's status block (each status value of the data and
 * what it counts as), never by a status written into a formula: `statusLabels` are the block's won (or
 * lost) labels column, the statuses that count so and blanks, as a KPI's labels; `wonTotal` sums a block column over the won statuses;
 * `won` is a deals column's rows whose status counts as won.
 */
export type DashboardArg =
  | { readonly kind: 'column'; readonly ref: ColumnRef }
  | { readonly kind: 'statusLabels'; readonly outcome: Exclude<DealOutcome, 'open'> }
  | { readonly kind: 'wonTotal'; readonly of: StatusTotal }
  | { readonly kind: 'won'; readonly ref: ColumnRef }
  | { readonly kind: 'helper'; readonly helper: HelperRangeKey }
  | { readonly kind: 'native'; readonly call: NativeCall }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  /** A text that depends on the dashboard's language, such as the calendar: Jalali in Persian. */
  | { readonly kind: 'localText'; readonly value: Label };

export interface TableSpec {
  /** Header labels the builder writes above the spill (KPI tables spill with no header row). */
  readonly columns: readonly Label[];
  /** A number format per column; undefined keeps the general format. */
  readonly formats: readonly (string | undefined)[];
  /**
   * For a table as wide as its data (a cohort triangle): the columns after `columns` repeat, headed
   * `header` with {n} = 0, 1, 2…, formatted and coloured from low to high over room for `room` of them.
   */
  readonly repeat?: { readonly header: Label; readonly format: string; readonly room: number; readonly colorScale: { readonly low: string; readonly high: string } };
}

export interface DashboardItem {
  /** Stable key: the label key, and how charts and helper ranges point at an item. */
  readonly key: string;
  readonly label: Label;
  readonly kpi: string;
  readonly args: readonly DashboardArg[];
  /** For KPIs that return a table. */
  readonly table?: TableSpec;
  /** Columns of the table's spill that are helper ranges other formulas read (0-based). */
  readonly spillColumns?: readonly { readonly column: number; readonly helper: HelperRangeKey }[];
}

export interface DashboardSection {
  readonly key: string;
  readonly title: Label;
  readonly items: readonly DashboardItem[];
}

/** A small block of native formulas the builder writes on the dashboard: a label column and a count column. */
export interface HelperBlock {
  readonly key: 'funnelStages' | 'rfmSegmentCounts';
  readonly title: Label;
  readonly headers: readonly [Label, Label];
  /** The helper ranges the block's two columns are (given names by the builder), if KPIs refer to them. */
  readonly names?: readonly [HelperRangeKey, HelperRangeKey];
  /** Per row: the label written as a value, and the count as COUNTIF calls added together. */
  readonly rows: readonly { readonly label: string; readonly countIf: readonly { readonly range: ColumnRef | { readonly helper: HelperRangeKey }; readonly equals: string }[] }[];
}

/** A top-n list written with native formulas: the n largest of a helper range of values, each with its label. */
export interface RankBlock {
  readonly key: 'topCustomers';
  readonly title: Label;
  readonly headers: readonly [Label, Label];
  readonly rows: number;
  readonly labels: HelperRangeKey;
  readonly values: HelperRangeKey;
  readonly format: string;
}

export interface ChartSpec {
  readonly key: 'funnel' | 'npsBreakdown' | 'valueBySource' | 'rfmSegments' | 'wonRevenueByMonth';
  readonly type: 'bar' | 'column' | 'pie';
  /** A wide chart takes a whole row of the chart grid (a time series reads better wide). */
  readonly wide?: boolean;
  readonly title: Label;
  /** What the chart plots: the spill of a dashboard item (all its rows) or a helper block. */
  readonly source: { readonly item: string } | { readonly block: HelperBlock['key'] };
  /** 0-based columns of that spill or block: categories, and the one value series. */
  readonly categoryColumn: number;
  readonly valueColumn: number;
  readonly seriesName: Label;
}

const col = (sheet: DataSheetKey, column: string): DashboardArg => ({ kind: 'column', ref: { sheet, column } });
const countIf = (sheet: DataSheetKey, column: string, equals: string): DashboardArg =>
  ({ kind: 'native', call: { fn: 'COUNTIF', args: [{ sheet, column }, equals] } });
const labels = (outcome: 'won' | 'lost'): DashboardArg => ({ kind: 'statusLabels', outcome });
const wonTotal = (of: StatusTotal): DashboardArg => ({ kind: 'wonTotal', of });
const wonRows = (column: string): DashboardArg => ({ kind: 'won', ref: { sheet: 'deals', column } });

/** What the status block's last column says a status counts as, in the dashboard's language; formulas compare with these. */
export const OUTCOME_WORDS: Readonly<Record<DealOutcome, Label>> = {
  won: { en: 'won', fa: 'موفق', el: 'κερδισμένη' },
  lost: { en: 'lost', fa: 'ناموفق', el: 'χαμένη' },
  open: { en: 'open', fa: 'باز', el: 'ανοιχτή' },
};
/** Persian dashboards count in the Solar Hijri calendar, from Nowruz; the others in the Gregorian. */
const CALENDAR: DashboardArg = { kind: 'localText', value: { en: 'gregorian', fa: 'jalali', el: 'gregorian' } };

const SHARE = { en: 'Share', fa: 'سهم', el: 'Μερίδιο' };

/** The dashboard, top to bottom. */
export const DASHBOARD: readonly DashboardSection[] = [
  {
    key: 'deals',
    title: { en: 'Deals and pipeline', fa: 'معاملات و پایپ‌لاین فروش', el: 'Συμφωνίες και pipeline πωλήσεων' },
    items: [
      {
        key: 'winRate',
        label: { en: 'Win rate', fa: 'نرخ موفقیت معاملات', el: 'Ποσοστό κερδισμένων συμφωνιών' },
        kpi: 'WIN_RATE',
        args: [col('deals', 'status'), labels('won'), labels('lost')],
      },
      {
        key: 'avgDealSize',
        label: { en: 'Average deal size (won)', fa: 'میانگین ارزش معاملهٔ موفق', el: 'Μέση αξία κερδισμένης συμφωνίας' },
        kpi: 'AVG_DEAL_SIZE',
        args: [col('deals', 'amount'), col('deals', 'status'), labels('won')],
      },
      {
        key: 'salesCycle',
        label: { en: 'Sales cycle (created to closed)', fa: 'طول چرخهٔ فروش (از ایجاد تا بستن)', el: 'Κύκλος πωλήσεων (από τη δημιουργία ως το κλείσιμο)' },
        kpi: 'SALES_CYCLE',
        args: [col('deals', 'created'), col('deals', 'closed'), col('deals', 'status'), labels('won'), labels('lost')],
      },
      {
        key: 'repeatDeals',
        label: { en: 'Repeat deals per account', fa: 'معاملات تکراری به ازای هر حساب', el: 'Επαναλαμβανόμενες συμφωνίες ανά λογαριασμό' },
        kpi: 'REPEAT_DEALS',
        args: [col('deals', 'account')],
      },
    ],
  },
  {
    key: 'leads',
    title: { en: 'Leads and funnel', fa: 'سرنخ‌ها و قیف فروش', el: 'Δυνητικοί πελάτες και χωνί πωλήσεων' },
    items: [
      {
        key: 'avgResponseTime',
        label: { en: 'Average first response time (hours)', fa: 'میانگین زمان اولین پاسخ (ساعت)', el: 'Μέσος χρόνος πρώτης απάντησης (ώρες)' },
        kpi: 'AVG_RESPONSE_TIME',
        args: [col('leads', 'received'), col('leads', 'firstResponse')],
      },
      {
        key: 'closeRate',
        label: { en: 'Lead-to-customer rate', fa: 'نرخ تبدیل سرنخ به مشتری', el: 'Ποσοστό μετατροπής δυνητικών πελατών σε πελάτες' },
        kpi: 'CLOSE_RATE',
        args: [
          { kind: 'native', call: { fn: 'COUNTA', args: [{ sheet: 'leads', column: 'id' }] } },
          countIf('leads', 'stage', 'Customer'),
        ],
      },
      {
        key: 'funnel',
        label: { en: 'Funnel by stage', fa: 'قیف فروش به تفکیک مرحله', el: 'Χωνί πωλήσεων ανά στάδιο' },
        kpi: 'FUNNEL',
        args: [{ kind: 'helper', helper: 'funnelCounts' }, { kind: 'helper', helper: 'funnelStages' }],
        table: {
          columns: [
            { en: 'Stage', fa: 'مرحله', el: 'Στάδιο' },
            { en: 'Leads', fa: 'تعداد سرنخ', el: 'Δυνητικοί πελάτες' },
            { en: 'From the previous stage', fa: 'نسبت به مرحلهٔ قبل', el: 'Από το προηγούμενο στάδιο' },
            { en: 'From the top', fa: 'نسبت به ابتدای قیف', el: 'Από την κορυφή' },
          ],
          formats: [undefined, '#,##0', '0.0%', '0.0%'],
        },
      },
    ],
  },
  {
    key: 'revenue',
    title: { en: 'Revenue and costs', fa: 'درآمد و هزینه', el: 'Έσοδα και κόστος' },
    items: [
      {
        key: 'profitMargin',
        label: { en: 'Profit margin (won deals)', fa: 'حاشیهٔ سود (معاملات موفق)', el: 'Περιθώριο κέρδους (κερδισμένες συμφωνίες)' },
        kpi: 'PROFIT_MARGIN',
        args: [wonTotal('statusAmounts'), wonTotal('statusCosts')],
      },
      {
        key: 'revenuePerRep',
        label: { en: 'Revenue per rep (won deals)', fa: 'درآمد به ازای هر کارشناس فروش (معاملات موفق)', el: 'Έσοδα ανά πωλητή (κερδισμένες συμφωνίες)' },
        kpi: 'REVENUE_PER_REP',
        args: [wonTotal('statusAmounts'), col('deals', 'owner')],
      },
      {
        key: 'cac',
        label: { en: 'Customer acquisition cost (spend per won deal)', fa: 'هزینهٔ جذب مشتری (هزینه به ازای هر معاملهٔ موفق)', el: 'Κόστος απόκτησης πελάτη (δαπάνη ανά κερδισμένη συμφωνία)' },
        kpi: 'CAC',
        // Every cost line of the Spend sheet over the won deals of the same 18 months: each won deal stands for a customer won.
        args: [col('spend', 'amount'), wonTotal('statusCounts')],
      },
      {
        key: 'valueBySource',
        label: { en: 'Deal value by source', fa: 'ارزش معاملات به تفکیک منبع', el: 'Αξία συμφωνιών ανά πηγή' },
        kpi: 'BY_SOURCE',
        args: [col('deals', 'source'), col('deals', 'amount')],
        table: {
          columns: [
            { en: 'Source', fa: 'منبع', el: 'Πηγή' },
            { en: 'Deals', fa: 'تعداد معامله', el: 'Συμφωνίες' },
            { en: 'Value', fa: 'ارزش', el: 'Αξία' },
            SHARE,
          ],
          formats: [undefined, '#,##0', '#,##0', '0.0%'],
        },
      },
    ],
  },
  {
    key: 'customers',
    title: { en: 'Customers and satisfaction', fa: 'مشتریان و رضایت', el: 'Πελάτες και ικανοποίηση' },
    items: [
      {
        key: 'nps',
        label: { en: 'Net Promoter Score (NPS)', fa: 'شاخص خالص مروجان (NPS)', el: 'Καθαρός Δείκτης Υποστηρικτών (NPS)' },
        kpi: 'NPS',
        args: [col('survey', 'npsScore')],
      },
      {
        key: 'csat',
        label: { en: 'Customer satisfaction (CSAT)', fa: 'رضایت مشتری (CSAT)', el: 'Ικανοποίηση πελατών (CSAT)' },
        kpi: 'CSAT',
        args: [col('survey', 'csatRating')],
      },
      {
        key: 'npsBreakdown',
        label: { en: 'NPS breakdown', fa: 'تفکیک پاسخ‌های NPS', el: 'Ανάλυση NPS' },
        kpi: 'NPS_BREAKDOWN',
        args: [col('survey', 'npsScore')],
        table: {
          columns: [
            { en: 'Group', fa: 'گروه', el: 'Ομάδα' },
            { en: 'Responses', fa: 'تعداد پاسخ', el: 'Απαντήσεις' },
            SHARE,
          ],
          formats: [undefined, '#,##0', '0.0%'],
        },
      },
      {
        key: 'rfm',
        label: { en: 'RFM scores per customer', fa: 'امتیاز RFM هر مشتری', el: 'Βαθμολογία RFM ανά πελάτη' },
        kpi: 'RFM',
        args: [col('orders', 'customer'), col('orders', 'date'), col('orders', 'amount')],
        table: {
          columns: [
            { en: 'Customer', fa: 'مشتری', el: 'Πελάτης' },
            { en: 'Recency (days)', fa: 'تازگی خرید (روز)', el: 'Προσφατότητα (ημέρες)' },
            { en: 'Orders', fa: 'تعداد سفارش', el: 'Παραγγελίες' },
            { en: 'Monetary', fa: 'ارزش پولی', el: 'Χρηματική αξία' },
            { en: 'R', fa: 'R', el: 'R' },
            { en: 'F', fa: 'F', el: 'F' },
            { en: 'M', fa: 'M', el: 'M' },
            { en: 'Segment', fa: 'بخش', el: 'Τμήμα' },
          ],
          formats: [undefined, '0', '0', '#,##0', '0', '0', '0', undefined],
        },
        // The segment counts count this column.
        spillColumns: [{ column: 7, helper: 'rfmSegments' }],
      },
    ],
  },
  {
    key: 'value',
    title: { en: 'Customer value', fa: 'ارزش مشتری', el: 'Αξία πελάτη' },
    items: [
      {
        key: 'clvModel',
        label: { en: 'Customer value model (BG/NBD and Gamma-Gamma)', fa: 'مدل ارزش مشتری (BG/NBD و Gamma-Gamma)', el: 'Μοντέλο αξίας πελάτη (BG/NBD και Gamma-Gamma)' },
        kpi: 'CLV_MODEL',
        args: [col('orders', 'customer'), col('orders', 'date'), col('orders', 'amount')],
        table: {
          columns: [{ en: 'Parameter', fa: 'پارامتر', el: 'Παράμετρος' }, { en: 'Value', fa: 'مقدار', el: 'Τιμή' }],
          formats: [undefined, '#,##0.000'],
        },
      },
      {
        key: 'clvForecast',
        label: { en: 'Predicted value per customer, next 12 months', fa: 'ارزش پیش‌بینی‌شدهٔ هر مشتری در ۱۲ ماه آینده', el: 'Προβλεπόμενη αξία ανά πελάτη, επόμενοι 12 μήνες' },
        kpi: 'CLV_FORECAST',
        args: [col('orders', 'customer'), col('orders', 'date'), col('orders', 'amount'), { kind: 'number', value: 365 }],
        table: {
          columns: [
            { en: 'Customer', fa: 'مشتری', el: 'Πελάτης' },
            { en: 'Expected orders', fa: 'سفارش‌های مورد انتظار', el: 'Αναμενόμενες παραγγελίες' },
            { en: 'Expected order value', fa: 'ارزش مورد انتظار هر سفارش', el: 'Αναμενόμενη αξία παραγγελίας' },
            { en: 'Predicted value', fa: 'ارزش پیش‌بینی‌شده', el: 'Προβλεπόμενη αξία' },
          ],
          formats: [undefined, '0.0', '#,##0', '#,##0'],
        },
        // The top ten read the customers and their predicted values.
        spillColumns: [{ column: 0, helper: 'clvCustomers' }, { column: 3, helper: 'clvValues' }],
      },
    ],
  },
  {
    key: 'trends',
    title: { en: 'Trends', fa: 'روندها', el: 'Τάσεις' },
    items: [
      {
        key: 'wonRevenueByMonth',
        label: { en: 'Won revenue by month', fa: 'درآمد معاملات موفق به تفکیک ماه (شمسی)', el: 'Έσοδα κερδισμένων συμφωνιών ανά μήνα' },
        kpi: 'BY_PERIOD',
        args: [wonRows('closed'), wonRows('amount'), { kind: 'text', value: 'month' }, CALENDAR],
        table: {
          columns: [
            { en: 'Month', fa: 'ماه', el: 'Μήνας' },
            { en: 'Won deals', fa: 'تعداد معاملهٔ موفق', el: 'Κερδισμένες συμφωνίες' },
            { en: 'Revenue', fa: 'درآمد', el: 'Έσοδα' },
            { en: 'Change from the month before', fa: 'تغییر نسبت به ماه قبل', el: 'Μεταβολή από τον προηγούμενο μήνα' },
          ],
          formats: [undefined, '#,##0', '#,##0', '0.0%'],
        },
      },
      {
        key: 'cohortRetention',
        label: { en: 'Customer retention by quarter of first order', fa: 'ماندگاری مشتریان به تفکیک فصل اولین سفارش (شمسی)', el: 'Διατήρηση πελατών ανά τρίμηνο πρώτης παραγγελίας' },
        kpi: 'COHORT_RETENTION',
        args: [col('orders', 'customer'), col('orders', 'date'), { kind: 'text', value: 'quarter' }, CALENDAR],
        table: {
          columns: [
            { en: 'First order', fa: 'فصل اولین سفارش', el: 'Πρώτη παραγγελία' },
            { en: 'Customers', fa: 'تعداد مشتری', el: 'Πελάτες' },
          ],
          formats: [undefined, '#,##0'],
          // Ten years of quarters.
          repeat: { header: { en: 'Quarter {n}', fa: 'فصل {n}', el: 'Τρίμηνο {n}' }, format: '0%', room: 40, colorScale: { low: '#FFFFFF', high: '#5B9BD5' } },
        },
      },
    ],
  },
];

/**
 * Blocks of native formulas the builder writes on the dashboard. The funnel's stage counts are counted
 * from the Leads sheet (a lead's stage is the furthest it reached, so a stage's count includes every
 * later stage), never typed in; the RFM segment counts count the RFM spill's segment column.
 */
export const HELPER_BLOCKS: readonly HelperBlock[] = [
  {
    key: 'funnelStages',
    title: { en: 'Leads that reached each stage', fa: 'سرنخ‌هایی که به هر مرحله رسیده‌اند', el: 'Δυνητικοί πελάτες που έφτασαν σε κάθε στάδιο' },
    headers: [{ en: 'Stage', fa: 'مرحله', el: 'Στάδιο' }, { en: 'Leads', fa: 'تعداد سرنخ', el: 'Δυνητικοί πελάτες' }],
    names: ['funnelStages', 'funnelCounts'],
    rows: LEAD_STAGES.map((stage, i) => ({
      label: stage,
      countIf: LEAD_STAGES.slice(i).map((reached) => ({ range: { sheet: 'leads', column: 'stage' } as ColumnRef, equals: reached })),
    })),
  },
  {
    key: 'rfmSegmentCounts',
    title: { en: 'Customers per RFM segment', fa: 'تعداد مشتریان در هر بخش RFM', el: 'Πελάτες ανά τμήμα RFM' },
    headers: [{ en: 'Segment', fa: 'بخش', el: 'Τμήμα' }, { en: 'Customers', fa: 'تعداد مشتری', el: 'Πελάτες' }],
    rows: RFM_SEGMENTS.map((segment) => ({ label: segment, countIf: [{ range: { helper: 'rfmSegments' as const }, equals: segment }] })),
  },
];

export const RANK_BLOCKS: readonly RankBlock[] = [
  {
    key: 'topCustomers',
    title: { en: 'Top 10 customers by predicted value, next 12 months', fa: '۱۰ مشتری با بیشترین ارزش پیش‌بینی‌شده در ۱۲ ماه آینده', el: 'Οι 10 πελάτες με τη μεγαλύτερη προβλεπόμενη αξία, επόμενοι 12 μήνες' },
    headers: [{ en: 'Customer', fa: 'مشتری', el: 'Πελάτης' }, { en: 'Predicted value', fa: 'ارزش پیش‌بینی‌شده', el: 'Προβλεπόμενη αξία' }],
    rows: 10,
    labels: 'clvCustomers',
    values: 'clvValues',
    format: '#,##0',
  },
];

export const CHARTS: readonly ChartSpec[] = [
  {
    key: 'funnel',
    type: 'bar',
    title: { en: 'Sales funnel', fa: 'قیف فروش', el: 'Χωνί πωλήσεων' },
    source: { item: 'funnel' },
    categoryColumn: 0,
    valueColumn: 1,
    seriesName: { en: 'Leads', fa: 'تعداد سرنخ', el: 'Δυνητικοί πελάτες' },
  },
  {
    key: 'npsBreakdown',
    type: 'pie',
    title: { en: 'Promoters, passives and detractors', fa: 'مروجان، منفعل‌ها و منتقدان', el: 'Υποστηρικτές, ουδέτεροι και επικριτές' },
    source: { item: 'npsBreakdown' },
    categoryColumn: 0,
    valueColumn: 1,
    seriesName: { en: 'Responses', fa: 'تعداد پاسخ', el: 'Απαντήσεις' },
  },
  {
    key: 'valueBySource',
    type: 'column',
    title: { en: 'Deal value by source', fa: 'ارزش معاملات به تفکیک منبع', el: 'Αξία συμφωνιών ανά πηγή' },
    source: { item: 'valueBySource' },
    categoryColumn: 0,
    valueColumn: 2,
    seriesName: { en: 'Value', fa: 'ارزش', el: 'Αξία' },
  },
  {
    key: 'rfmSegments',
    type: 'column',
    title: { en: 'Customers per RFM segment', fa: 'تعداد مشتریان در هر بخش RFM', el: 'Πελάτες ανά τμήμα RFM' },
    source: { block: 'rfmSegmentCounts' },
    categoryColumn: 0,
    valueColumn: 1,
    seriesName: { en: 'Customers', fa: 'تعداد مشتری', el: 'Πελάτες' },
  },
  {
    key: 'wonRevenueByMonth',
    type: 'column',
    wide: true,
    title: { en: 'Won revenue by month', fa: 'درآمد معاملات موفق در هر ماه شمسی', el: 'Έσοδα κερδισμένων συμφωνιών ανά μήνα' },
    source: { item: 'wonRevenueByMonth' },
    categoryColumn: 0,
    valueColumn: 2,
    seriesName: { en: 'Revenue', fa: 'درآمد', el: 'Έσοδα' },
  },
];

export function dashboardItems(): DashboardItem[] {
  return DASHBOARD.flatMap((section) => section.items);
}

export function itemKpi(item: DashboardItem): KpiDefinition {
  const def = findKpi(item.kpi);
  if (!def) throw new Error(`The dashboard item ${item.key} calls ${item.kpi}, which is not in the registry`);
  return def;
}

/** The number format of an item's cell in `language` (the wizard's format for its KPI); undefined for tables. */
export function itemNumberFormat(item: DashboardItem, language: Language): string | undefined {
  return numberFormatFor(itemKpi(item), language);
}

/** How a builder writes a data column (`Deals[Status]`, `Deals_Status`) and a helper range. */
export type ColumnRefStyle = (sheet: DataSheetKey, column: string) => string;
export type HelperRefStyle = (helper: HelperRangeKey) => string;

const defaultHelperRef: HelperRefStyle = (helper) => HELPER_RANGES[helper].name;

function rangeRef(ref: ColumnRef | { readonly helper: HelperRangeKey }, refStyle: ColumnRefStyle, helperRef: HelperRefStyle): string {
  if ('helper' in ref) return helperRef(ref.helper);
  columnIndex(ref.sheet, ref.column); // throws for a column the sheet does not have
  return refStyle(ref.sheet, ref.column);
}

/** The status block's statuses that count as `outcome`, as a list for MATCH: `FILTER(Status_Value, Status_Outcome="won")`. */
function statusList(outcome: DealOutcome, helperRef: HelperRefStyle, language: Language): string {
  return `FILTER(${helperRef('statusValues')}, ${helperRef('statusOutcomes')}=${textLiteral(OUTCOME_WORDS[outcome][language])})`;
}

function argumentText(arg: DashboardArg, refStyle: ColumnRefStyle, helperRef: HelperRefStyle, language: Language): string {
  switch (arg.kind) {
    case 'column': return rangeRef(arg.ref, refStyle, helperRef);
    case 'statusLabels': return helperRef(arg.outcome === 'won' ? 'statusWon' : 'statusLost');
    case 'wonTotal': return `SUMIF(${helperRef('statusOutcomes')}, ${textLiteral(OUTCOME_WORDS.won[language])}, ${helperRef(arg.of)})`;
    case 'won': {
      const status = rangeRef({ sheet: 'deals', column: 'status' }, refStyle, helperRef);
      return `FILTER(${rangeRef(arg.ref, refStyle, helperRef)}, ISNUMBER(MATCH(${status}, ${statusList('won', helperRef, language)}, 0)))`;
    }
    case 'localText': return textLiteral(arg.value[language]);
    case 'helper': return helperRef(arg.helper);
    case 'number': return String(arg.value);
    case 'text': return textLiteral(arg.value);
    case 'native': {
      const parts = arg.call.args.map((a) => (typeof a === 'string' ? textLiteral(a) : rangeRef(a, refStyle, helperRef)));
      return `${arg.call.fn}(${parts.join(', ')})`;
    }
  }
}

/** The data columns an argument reads, the status block's included (its statuses, values and costs come from deals). */
export function argumentColumns(arg: DashboardArg): ColumnRef[] {
  const deals = (column: string): ColumnRef => ({ sheet: 'deals', column });
  switch (arg.kind) {
    case 'column': return [arg.ref];
    case 'statusLabels': return [deals('status')];
    case 'wonTotal': return [deals('status'), ...(arg.of === 'statusAmounts' ? [deals('amount')] : arg.of === 'statusCosts' ? [deals('amount'), deals('cost')] : [])];
    case 'won': return [arg.ref, deals('status')];
    case 'native': return arg.call.args.flatMap((a) => (typeof a === 'string' || 'helper' in a ? [] : [a]));
    // The funnel block counts the leads' stages; the other helpers are columns of spills placed only when their data is there.
    case 'helper': return arg.helper === 'funnelStages' || arg.helper === 'funnelCounts' ? [{ sheet: 'leads', column: 'stage' }] : [];
    case 'number': case 'text': case 'localText': return [];
  }
}

export interface DashboardFormula {
  readonly section: string;
  readonly key: string;
  readonly kpi: string;
  /** The cell's formula, `=KPI.WIN_RATE(Deals[Status])` or `=WIN_RATE(Deals_Status)`. */
  readonly formula: string;
  /** Whether the formula spills a table (write `table.columns` as a header row above it). */
  readonly spills: boolean;
}

/**
 * Every dashboard item's formula for `host` in the dashboard of `language`, with data columns written by
 * `refStyle` and the dashboard's own helper ranges by `helperRef` (by default their names in `HELPER_RANGES`).
 */
export function dashboardFormulas(refStyle: ColumnRefStyle, host: Host, helperRef: HelperRefStyle = defaultHelperRef, language: Language = 'en'): DashboardFormula[] {
  return DASHBOARD.flatMap((section) => section.items.map((item) => {
    const def = itemKpi(item);
    const args = item.args.map((arg) => argumentText(arg, refStyle, helperRef, language));
    return {
      section: section.key,
      key: item.key,
      kpi: def.id,
      formula: `=${functionName(def, host)}(${args.join(', ')})`,
      spills: def.result === 'table',
    };
  }));
}

/** A rank block's rows: the k-th largest value (LARGE) and the label on its row (INDEX and MATCH), the same in every host. */
export function rankBlockFormulas(block: RankBlock, helperRef: HelperRefStyle = defaultHelperRef): { label: string; value: string }[] {
  const labels = helperRef(block.labels);
  const values = helperRef(block.values);
  return Array.from({ length: block.rows }, (_, i) => ({
    label: `=INDEX(${labels}, MATCH(LARGE(${values}, ${i + 1}), ${values}, 0))`,
    value: `=LARGE(${values}, ${i + 1})`,
  }));
}

/** The helper blocks' rows: each label as a value and its count as a native formula (the same in both hosts). */
export function helperBlockFormulas(refStyle: ColumnRefStyle, helperRef: HelperRefStyle = defaultHelperRef): Record<HelperBlock['key'], { label: string; formula: string }[]> {
  const out = {} as Record<HelperBlock['key'], { label: string; formula: string }[]>;
  for (const block of HELPER_BLOCKS) {
    out[block.key] = block.rows.map((row) => ({
      label: row.label,
      formula: `=${row.countIf.map((c) => `COUNTIF(${rangeRef(c.range, refStyle, helperRef)}, ${textLiteral(c.equals)})`).join('+')}`,
    }));
  }
  return out;
}
