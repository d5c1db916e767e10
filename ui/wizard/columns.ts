// Matching a detected table's column headers (English, Persian, Greek) to a KPI's range arguments.
import { isColumnKind, labelKey, type KpiDefinition } from '../../core';

/**
 * Per range parameter of the registry (any KPI), the headers a CRM export gives such a column, in
 * English, Persian and Greek; the first words are the most typical. Headers are compared by
 * `headerKey`, so case, accents, Arabic or Persian yeh and kaf, ZWNJ, digit sets, `_`, `-` and
 * CamelCase do not matter, and an English plural (Amounts, Statuses) matches its singular.
 */
export const HEADER_WORDS: Readonly<Record<string, readonly string[]>> = {
  statuses: [
    // A status (won, lost, open) before a stage where an export has both (Pipedrive's Deal - Status beside Deal - Stage).
    'Status', 'Deal status', 'Stage', 'Deal stage', 'Stage name', 'Outcome', 'Result', 'State',
    'وضعیت', 'مرحله', 'وضعیت معامله', 'مرحله معامله', 'نتیجه', 'وضعیت فرصت',
    'Κατάσταση', 'Στάδιο', 'Κατάσταση συμφωνίας', 'Στάδιο συμφωνίας', 'Αποτέλεσμα', 'Φάση',
  ],
  stage_counts: [
    'Count', 'Number', 'Stage count', 'Deals', 'Leads', 'Total', 'Volume', 'How many',
    'تعداد', 'شمار', 'تعداد معامله', 'تعداد سرنخ', 'جمع',
    'Πλήθος', 'Αριθμός', 'Σύνολο', 'Όγκος',
  ],
  stage_labels: [
    'Stage', 'Stage name', 'Funnel stage', 'Step', 'Phase', 'Label', 'Name',
    'مرحله', 'نام مرحله', 'مرحله قیف', 'گام', 'نام',
    'Στάδιο', 'Όνομα σταδίου', 'Στάδιο χοάνης', 'Φάση', 'Βήμα', 'Όνομα',
  ],
  amounts: [
    'Amount', 'Value', 'Deal value', 'Deal amount', 'Order value', 'Order amount', 'Revenue', 'Total', 'Price', 'Sales',
    'مبلغ', 'ارزش', 'ارزش معامله', 'مبلغ معامله', 'مبلغ سفارش', 'مبلغ کل', 'درآمد', 'قیمت', 'فروش',
    'Ποσό', 'Αξία', 'Αξία συμφωνίας', 'Ποσό συμφωνίας', 'Αξία παραγγελίας', 'Σύνολο', 'Έσοδα', 'Τιμή',
  ],
  start_dates: [
    'Created', 'Created date', 'Create date', 'Created at', 'Date created', 'Creation date', 'Start date', 'Start',
    'First contact', 'First contact date', 'Open date', 'Opened',
    'تاریخ ایجاد', 'تاریخ شروع', 'تاریخ اولین تماس', 'اولین تماس', 'تاریخ ثبت', 'شروع',
    'Ημερομηνία δημιουργίας', 'Ημερομηνία έναρξης', 'Πρώτη επαφή', 'Ημερομηνία πρώτης επαφής', 'Δημιουργήθηκε', 'Έναρξη',
  ],
  close_dates: [
    'Closed', 'Close date', 'Closed date', 'Closed at', 'Date closed', 'Closing date', 'Close', 'Won date', 'End date', 'Deal closed on', 'Closed on',
    'تاریخ بستن', 'تاریخ بسته شدن', 'تاریخ بستن معامله', 'تاریخ خاتمه', 'تاریخ پایان', 'بسته شده',
    'Ημερομηνία κλεισίματος', 'Κλείσιμο', 'Έκλεισε', 'Ημερομηνία ολοκλήρωσης',
  ],
  received: [
    'Received', 'Received at', 'Received date', 'Lead received', 'Arrived', 'Arrival', 'Created', 'Created at', 'Lead created', 'Submitted',
    'زمان دریافت', 'تاریخ دریافت', 'دریافت', 'زمان ورود', 'زمان ثبت', 'تاریخ ثبت',
    'Λήψη', 'Ημερομηνία λήψης', 'Ώρα λήψης', 'Παραλήφθηκε', 'Ώρα άφιξης', 'Δημιουργήθηκε',
  ],
  responded: [
    'Responded', 'Responded at', 'First response', 'First response at', 'Response date', 'Replied', 'First reply', 'Contacted',
    'زمان پاسخ', 'تاریخ پاسخ', 'اولین پاسخ', 'زمان اولین پاسخ', 'پاسخ',
    'Απάντηση', 'Πρώτη απάντηση', 'Ώρα απάντησης', 'Ημερομηνία απάντησης', 'Απαντήθηκε',
  ],
  accounts: [
    'Account', 'Account name', 'Company', 'Company name', 'Customer', 'Client', 'Organization', 'Organisation',
    'حساب', 'نام حساب', 'شرکت', 'نام شرکت', 'مشتری', 'سازمان',
    'Λογαριασμός', 'Εταιρεία', 'Επωνυμία', 'Πελάτης', 'Οργανισμός',
  ],
  sources: [
    'Source', 'Lead source', 'Deal source', 'Channel', 'Origin', 'Campaign', 'Acquisition channel',
    'منبع', 'منبع سرنخ', 'کانال', 'کانال جذب', 'مبدا', 'کمپین',
    'Πηγή', 'Πηγή δυνητικού πελάτη', 'Κανάλι', 'Προέλευση', 'Καμπάνια',
  ],
  values: [
    'Value', 'Amount', 'Deal value', 'Deal amount', 'Revenue', 'Sales', 'Total',
    'ارزش', 'مبلغ', 'ارزش معامله', 'مبلغ معامله', 'درآمد', 'فروش',
    'Αξία', 'Ποσό', 'Αξία συμφωνίας', 'Έσοδα', 'Πωλήσεις', 'Σύνολο',
  ],
  spend: [
    'Spend', 'Cost', 'Amount', 'Expense', 'Marketing spend', 'Ad spend', 'Acquisition cost', 'Budget',
    'هزینه', 'مبلغ', 'هزینه بازاریابی', 'هزینه تبلیغات', 'هزینه جذب', 'بودجه',
    'Δαπάνη', 'Κόστος', 'Ποσό', 'Έξοδα', 'Διαφημιστική δαπάνη', 'Προϋπολογισμός',
  ],
  revenues: [
    'Revenue', 'Sales', 'Income', 'Deal value', 'Turnover', 'Selling price',
    'درآمد', 'فروش', 'مبلغ فروش', 'ارزش معامله', 'قیمت فروش',
    'Έσοδα', 'Πωλήσεις', 'Τζίρος', 'Αξία συμφωνίας', 'Τιμή πώλησης',
  ],
  costs: [
    'Cost', 'COGS', 'Cost of goods', 'Cost of sales', 'Expense', 'Cost price',
    'هزینه', 'بهای تمام شده', 'قیمت تمام شده', 'هزینه فروش',
    'Κόστος', 'Κόστος πωληθέντων', 'Έξοδα', 'Δαπάνες', 'Τιμή κόστους',
  ],
  revenue: [
    'Revenue', 'Sales', 'Amount', 'Deal value', 'Value', 'Closed revenue', 'Booked revenue',
    'درآمد', 'فروش', 'مبلغ', 'ارزش معامله',
    'Έσοδα', 'Πωλήσεις', 'Ποσό', 'Αξία', 'Τζίρος',
  ],
  reps: [
    'Rep', 'Sales rep', 'Owner', 'Deal owner', 'Salesperson', 'Sales person', 'Seller', 'Account manager', 'Agent', 'Assigned to',
    'کارشناس', 'کارشناس فروش', 'فروشنده', 'نماینده فروش', 'مسئول', 'مسئول معامله',
    'Πωλητής', 'Υπεύθυνος', 'Εκπρόσωπος πωλήσεων', 'Ιδιοκτήτης', 'Ανατέθηκε σε',
  ],
  previous_orders: [
    'Previous', 'Previous orders', 'Previous period', 'Prior period', 'Last year', 'Prior year', 'Before',
    'قبلی', 'سفارش های قبلی', 'دوره قبل', 'سال قبل', 'سال گذشته',
    'Προηγούμενη', 'Προηγούμενες παραγγελίες', 'Προηγούμενη περίοδος', 'Προηγούμενο έτος', 'Πέρσι',
  ],
  current_orders: [
    'Current', 'Current orders', 'Current period', 'This period', 'This year', 'After',
    'فعلی', 'سفارش های فعلی', 'دوره جاری', 'سال جاری', 'امسال',
    'Τρέχουσα', 'Τρέχουσες παραγγελίες', 'Τρέχουσα περίοδος', 'Τρέχον έτος', 'Φέτος',
  ],
  scores: [
    'Score', 'NPS', 'NPS score', 'Likelihood to recommend', 'Recommend', 'Rating', 'Answer',
    'امتیاز', 'نمره', 'امتیاز NPS', 'احتمال توصیه', 'پاسخ',
    'Βαθμολογία', 'Βαθμός', 'Βαθμολογία NPS', 'Πιθανότητα σύστασης', 'Απάντηση',
  ],
  ratings: [
    'Rating', 'CSAT', 'Satisfaction', 'Satisfaction score', 'Score', 'Feedback',
    'رتبه', 'امتیاز', 'رضایت', 'میزان رضایت', 'امتیاز رضایت', 'نظر',
    'Αξιολόγηση', 'Ικανοποίηση', 'Βαθμολογία', 'Βαθμός ικανοποίησης',
  ],
  customers: [
    'Customer', 'Customer name', 'Customer ID', 'Client', 'Account', 'Buyer', 'Company',
    'مشتری', 'نام مشتری', 'کد مشتری', 'خریدار', 'شرکت', 'حساب',
    'Πελάτης', 'Όνομα πελάτη', 'Κωδικός πελάτη', 'Αγοραστής', 'Εταιρεία', 'Λογαριασμός',
  ],
  order_dates: [
    'Order date', 'Date', 'Purchase date', 'Invoice date', 'Transaction date', 'Ordered', 'Ordered at',
    'تاریخ سفارش', 'تاریخ', 'تاریخ خرید', 'تاریخ فاکتور', 'تاریخ تراکنش',
    'Ημερομηνία παραγγελίας', 'Ημερομηνία', 'Ημερομηνία αγοράς', 'Ημερομηνία τιμολογίου', 'Ημερομηνία συναλλαγής',
  ],
  dates: [
    'Date', 'Close date', 'Closed date', 'Order date', 'Won date', 'Invoice date', 'Created', 'Created date', 'Month', 'Day',
    'تاریخ', 'تاریخ بستن', 'تاریخ سفارش', 'تاریخ فاکتور', 'تاریخ ایجاد', 'ماه', 'روز',
    'Ημερομηνία', 'Ημερομηνία κλεισίματος', 'Ημερομηνία παραγγελίας', 'Ημερομηνία τιμολογίου', 'Μήνας', 'Ημέρα',
  ],
  months: [
    'Month', 'Billing month', 'Period', 'Invoice month', 'Date', 'Invoice date', 'Billing date',
    'ماه', 'ماه صورتحساب', 'دوره', 'تاریخ', 'تاریخ فاکتور',
    'Μήνας', 'Μήνας χρέωσης', 'Περίοδος', 'Ημερομηνία', 'Ημερομηνία τιμολογίου',
  ],
  mrr: [
    'MRR', 'Monthly recurring revenue', 'Recurring revenue', 'Monthly revenue', 'Subscription', 'Amount', 'Revenue',
    'درآمد ماهانه', 'درآمد تکرارشونده', 'درآمد اشتراک', 'مبلغ اشتراک', 'مبلغ', 'درآمد',
    'Μηνιαία έσοδα', 'Επαναλαμβανόμενα έσοδα', 'Συνδρομή', 'Ποσό', 'Έσοδα',
  ],
};

/** Punctuation a CRM puts between the words of a header: `close_date`, `Deal-Stage`, `Amount (€)`. */
const HEADER_PUNCTUATION = /[_\-–—./\\:;|()[\]{}#*"'’`€$£﷼%]+/g;

/**
 * A header as words compared across spellings: `labelKey` (case, accents, yeh and kaf, ZWNJ,
 * digits) after CamelCase is split and punctuation made a space.
 */
export function headerKey(header: string): string {
  return labelKey(String(header).replace(/([a-z])([A-Z])/g, '$1 $2').replace(HEADER_PUNCTUATION, ' '));
}

function headerTokens(header: string): string[] {
  const key = headerKey(header);
  return key === '' ? [] : key.split(' ');
}

/** A header's word equals a wanted word, or is its English plural (amounts, statuses). */
function sameWord(headerWord: string, wanted: string): boolean {
  return headerWord === wanted || headerWord === `${wanted}s` || headerWord === `${wanted}es`;
}

/** Where `wanted` occurs in `tokens` as whole consecutive words. */
function containsWords(tokens: readonly string[], wanted: readonly string[]): boolean {
  for (let start = 0; start + wanted.length <= tokens.length; start++) {
    if (wanted.every((word, k) => sameWord(tokens[start + k], word))) return true;
  }
  return false;
}

const WORD_TOKENS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  Object.entries(HEADER_WORDS).map(([param, words]) => [param, words.map(headerTokens)]),
);

/** Points above which a header equals one of the words; below, it only contains one. */
const EXACT_MATCH = 2000;
const CONTAINS_MATCH = 1000;

/**
 * How well a header names a parameter's column: 0 for not at all; an exact match beats any
 * header that only contains a word, an earlier (more typical) word beats a later one, and of
 * contained words the longer (more specific) one counts more.
 */
function headerScore(param: string, tokens: readonly string[]): number {
  const wordList = WORD_TOKENS.get(param);
  if (!wordList || tokens.length === 0) return 0;
  let best = 0;
  wordList.forEach((wanted, rank) => {
    if (wanted.length === 0) return;
    let score = 0;
    if (wanted.length === tokens.length && containsWords(tokens, wanted)) score = EXACT_MATCH - rank;
    else if (containsWords(tokens, wanted)) score = CONTAINS_MATCH + Math.min(wanted.join(' ').length, 500);
    if (score > best) best = score;
  });
  return best;
}

/**
 * For each range parameter of `def`, the index of the header that best names its column, or
 * undefined when none does. A column goes to one parameter only: the best-scoring pairs are
 * taken first, and on a tie the parameter that comes first in the signature, then the leftmost column.
 */
export function matchColumns(def: KpiDefinition, headers: readonly string[]): Record<string, number | undefined> {
  const rangeParams = def.params.filter((param) => isColumnKind(param.kind)).map((param) => param.name);
  const tokens = headers.map((header) => headerTokens(header ?? ''));
  const candidates: { param: number; column: number; score: number }[] = [];
  rangeParams.forEach((name, param) => {
    tokens.forEach((headerWords, column) => {
      const score = headerScore(name, headerWords);
      if (score > 0) candidates.push({ param, column, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.param - b.param || a.column - b.column);

  const matches: Record<string, number | undefined> = {};
  for (const name of rangeParams) matches[name] = undefined;
  const takenColumns = new Set<number>();
  for (const { param, column } of candidates) {
    const name = rangeParams[param];
    if (matches[name] !== undefined || takenColumns.has(column)) continue;
    matches[name] = column;
    takenColumns.add(column);
  }
  return matches;
}
