// Matching a detected table's column headers (English, Persian, Greek) to a KPI's range arguments.
import {
  decideDateOrder, isBlank, isBlankDate, isColumnKind, labelKey, parseDateText, readDate, readNumber, type HostCell, type KpiDefinition,
} from '../../core';
import { outcomeReader } from '../../core/kpis/status-labels';

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
    'Ημερομηνία δημιουργίας', 'Ημερομηνία έναρξης', 'Πρώτη επαφή', 'Ημερομηνία πρώτης επαφής', 'Δημιουργήθηκε', 'Έναρξη', 'Ημ/νία δημιουργίας',
  ],
  close_dates: [
    'Closed', 'Close date', 'Closed date', 'Closed at', 'Date closed', 'Closing date', 'Close', 'Won date', 'End date', 'Deal closed on', 'Closed on',
    'تاریخ بستن', 'تاریخ بسته شدن', 'تاریخ بستن معامله', 'تاریخ خاتمه', 'تاریخ پایان', 'بسته شده', 'تاریخ انجام معامله',
    'Ημερομηνία κλεισίματος', 'Κλείσιμο', 'Έκλεισε', 'Ημερομηνία ολοκλήρωσης', 'Ημ/νία κλεισίματος',
  ],
  received: [
    'Received', 'Received at', 'Received date', 'Lead received', 'Arrived', 'Arrival', 'Created', 'Created at', 'Lead created', 'Submitted',
    'Create date', 'Created time', 'Created date',
    'زمان دریافت', 'تاریخ دریافت', 'دریافت', 'زمان ورود', 'زمان ثبت', 'تاریخ ثبت', 'تاریخ ایجاد',
    'Λήψη', 'Ημερομηνία λήψης', 'Ώρα λήψης', 'Παραλήφθηκε', 'Ώρα άφιξης', 'Δημιουργήθηκε', 'Ημερομηνία δημιουργίας', 'Ημ/νία δημιουργίας',
  ],
  responded: [
    'Responded', 'Responded at', 'First response', 'First response at', 'Response date', 'Replied', 'First reply', 'Contacted',
    'First engagement', 'Date of first engagement', 'First activity',
    'زمان پاسخ', 'تاریخ پاسخ', 'اولین پاسخ', 'زمان اولین پاسخ', 'پاسخ',
    'Απάντηση', 'Πρώτη απάντηση', 'Ώρα απάντησης', 'Ημερομηνία απάντησης', 'Απαντήθηκε',
  ],
  accounts: [
    'Account', 'Account name', 'Company', 'Company name', 'Customer', 'Client', 'Organization', 'Organisation',
    'حساب', 'نام حساب', 'شرکت', 'نام شرکت', 'مشتری', 'سازمان',
    'Λογαριασμός', 'Εταιρεία', 'Επωνυμία', 'Πελάτης', 'Οργανισμός',
  ],
  sources: [
    'Source', 'Lead source', 'Deal source', 'Source channel', 'Original traffic source', 'Channel', 'Origin', 'Campaign', 'Acquisition channel',
    'منبع', 'منبع سرنخ', 'کانال', 'کانال جذب', 'مبدا', 'کمپین', 'شیوه آشنایی', 'نحوه آشنایی',
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

/** A column as the wizard sees it: its header and (when the host gave them) its first cells. */
export interface ColumnSample {
  readonly header: string;
  readonly cells?: readonly HostCell[];
}

/** Why a column was proposed for an argument, as the pane says it. */
export type MatchReason =
  | { readonly kind: 'header' }
  | { readonly kind: 'outcomes'; readonly count: number; readonly of: number }
  | { readonly kind: 'dates' | 'numbers'; readonly count: number; readonly of: number };

export interface ColumnMatch {
  readonly column: number;
  readonly why: MatchReason;
}

/** How many of a column's cells the matcher reads. */
export const SAMPLE_CELLS = 2000;

/** Words that mark a column as something else than an actual amount or date: an expected close, a probability, an owner. */
const NOT_THE_VALUE = [
  'expected', 'probability', 'forecast', 'weighted', 'rep', 'owner', 'currency', 'id', 'number of',
  'مورد انتظار', 'پیش بینی', 'احتمال', 'مسئول', 'کارشناس', 'واحد پول',
  'αναμενόμενη', 'αναμενόμενο', 'πιθανότητα', 'πρόβλεψη', 'υπεύθυνος', 'νόμισμα',
].map(headerTokens);

/** Of a column's filled cells (the first SAMPLE_CELLS), how many read as `fits` would have them. */
function share(cells: readonly HostCell[], blank: (cell: HostCell) => boolean, fits: (cell: HostCell) => boolean): { count: number; of: number } {
  let count = 0;
  let of = 0;
  for (let i = 0; i < cells.length && of < SAMPLE_CELLS; i++) {
    const cell = cells[i];
    if (blank(cell)) continue;
    of++;
    if (fits(cell)) count++;
  }
  return { count, of };
}

function dateShare(cells: readonly HostCell[]): { count: number; of: number } {
  const texts = cells.filter((cell): cell is string => typeof cell === 'string').slice(0, SAMPLE_CELLS);
  const decision = decideDateOrder(texts.length, (i) => texts[i]);
  const order = decision.kind === 'decided' ? decision.order : undefined;
  return share(cells, isBlankDate, (cell) => {
    if (typeof cell === 'string' && !order) return Number.isFinite(parseDateText(cell, 'day-first')) || Number.isFinite(parseDateText(cell, 'month-first'));
    return Number.isFinite(readDate(cell, undefined, order));
  });
}

/**
 * How well a column's cells fit a parameter, added to its header's score: for dates and numbers,
 * a column with less than 60% of its cells so is no candidate (-Infinity); statuses gain for the
 * share of won and lost labels they hold, so that Pipedrive's Deal - Status beats Deal - Stage;
 * labels (sources, accounts) are no numbers.
 */
function contentScore(def: KpiDefinition, param: string, cells: readonly HostCell[] | undefined, header: readonly string[]): { score: number; why?: MatchReason } {
  const spec = def.params.find((p) => p.name === param)!;
  const valueLike = spec.kind === 'numbers' || spec.kind === 'dates';
  const penalty = valueLike && NOT_THE_VALUE.some((words) => words.length > 0 && containsWords(header, words)) ? -900 : 0;
  if (!cells) return { score: penalty };
  if (spec.kind === 'dates') {
    const found = dateShare(cells);
    if (found.of > 0 && found.count < 0.6 * found.of) return { score: -Infinity };
    return { score: penalty + (found.of > 0 ? Math.round(300 * found.count / found.of) : 0), why: { kind: 'dates', ...found } };
  }
  if (spec.kind === 'numbers') {
    const found = share(cells, isBlank, (cell) => Number.isFinite(readNumber(cell)));
    if (found.of > 0 && found.count < 0.6 * found.of) return { score: -Infinity };
    return { score: penalty + (found.of > 0 ? Math.round(300 * found.count / found.of) : 0), why: { kind: 'numbers', ...found } };
  }
  if (param === 'statuses') {
    const outcome = outcomeReader(undefined, undefined);
    const found = share(cells, isBlank, (cell) => typeof cell === 'string' && outcome(cell) !== 'open');
    return { score: found.count > 0 ? 600 + Math.round(300 * found.count / found.of) : 0, why: { kind: 'outcomes', ...found } };
  }
  if (spec.kind === 'labels') {
    const numbers = share(cells, isBlank, (cell) => typeof cell === 'number');
    if (numbers.of > 0 && numbers.count > 0.8 * numbers.of) return { score: -Infinity };
  }
  return { score: 0 };
}

/**
 * For each range parameter of `def`, the column that best fits it, by its header's words and (where
 * given) by its cells, with why; undefined when none does. A column goes to one parameter only: the
 * best-scoring pairs are taken first, and on a tie the parameter that comes first in the signature,
 * then the leftmost column. A status column with won and lost labels is proposed even when its
 * header names no status.
 */
export function proposeColumns(def: KpiDefinition, columns: readonly ColumnSample[]): Record<string, ColumnMatch | undefined> {
  const rangeParams = def.params.filter((param) => isColumnKind(param.kind) && !param.notProposed).map((param) => param.name);
  const tokens = columns.map((column) => headerTokens(column.header ?? ''));
  const candidates: { param: number; column: number; score: number; why: MatchReason }[] = [];
  rangeParams.forEach((name, param) => {
    tokens.forEach((headerWords, column) => {
      const byHeader = headerScore(name, headerWords);
      if (byHeader === 0 && name !== 'statuses') return;
      const content = contentScore(def, name, columns[column].cells, headerWords);
      const score = byHeader + content.score;
      // Without a header word, only a status column whose cells say so is proposed.
      if (score > 0) candidates.push({ param, column, score, why: content.why ?? { kind: 'header' } });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.param - b.param || a.column - b.column);

  const matches: Record<string, ColumnMatch | undefined> = {};
  for (const name of rangeParams) matches[name] = undefined;
  const takenColumns = new Set<number>();
  for (const { param, column, why } of candidates) {
    const name = rangeParams[param];
    if (matches[name] !== undefined || takenColumns.has(column)) continue;
    matches[name] = { column, why };
    takenColumns.add(column);
  }
  return matches;
}

/** For each range parameter of `def`, the index of the header that best names its column (headers only), or undefined. */
export function matchColumns(def: KpiDefinition, headers: readonly string[]): Record<string, number | undefined> {
  const proposed = proposeColumns(def, headers.map((header) => ({ header })));
  return Object.fromEntries(Object.entries(proposed).map(([name, match]) => [name, match?.column]));
}
