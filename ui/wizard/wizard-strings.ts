// Every string the KPI wizard and the inspector show, in each language the product speaks.
import type { Language } from '../../core/translations';
import type { MatchReason } from './columns';
import type { Finding, SkipReason } from './data-check';

export interface WizardStrings {
  readonly tabs: { readonly insert: string; readonly inspect: string; readonly reference: string };
  readonly choose: string;
  readonly search: string;
  readonly map: string;
  readonly optional: string;
  readonly sources: { readonly omitted: string; readonly selection: string; readonly column: string; readonly typed: string; readonly derived: string };
  /** Why a column was proposed: {count} of {of} cells. */
  readonly why: Readonly<Record<MatchReason['kind'], string>>;
  readonly typedPlaceholder: string;
  readonly preview: string;
  readonly previewButton: string;
  readonly dataCheck: string;
  readonly noProblems: string;
  readonly insert: string;
  readonly targetCell: string;
  readonly useSelectedCell: string;
  readonly insertButton: string;
  readonly confirmOverwrite: string;
  readonly yes: string;
  readonly no: string;
  readonly inserted: string;
  readonly kept: string;
  /** {param} is replaced by the argument's name. */
  readonly missingArgument: string;
  readonly persianDigits: string;
  readonly inspectButton: string;
  readonly notKpi: string;
  readonly inputs: string;
  /** {cells} and {blanks} are replaced by counts. */
  readonly cellsAndBlanks: string;
  readonly unreadable: string;
  readonly result: string;
  readonly tableRows: string;
  /** {count}, {param} and {values} are replaced. */
  readonly findings: Readonly<Record<Finding['kind'], string>>;
  readonly skipReasons: Readonly<Record<SkipReason, string>>;
}

export const WIZARD_STRINGS: Readonly<Record<Language, WizardStrings>> = {
  en: {
    tabs: { insert: 'Insert a KPI', inspect: 'Inspect a cell', reference: 'Function reference' },
    choose: '1. Choose a KPI',
    search: 'Search KPIs',
    map: '2. Map the arguments',
    optional: 'optional',
    sources: { omitted: '(leave out)', selection: 'The current selection', column: 'Column', typed: 'Type a value', derived: 'From the table' },
    why: {
      header: 'by its header',
      outcomes: 'holds won or lost in {count} of {of} rows',
      dates: '{count} of {of} cells are dates',
      numbers: '{count} of {of} cells are numbers',
    },
    typedPlaceholder: 'A number or text',
    preview: '3. Preview',
    previewButton: 'Preview on my data',
    dataCheck: 'Data check',
    noProblems: 'No problems found in the chosen ranges.',
    insert: '4. Insert',
    targetCell: 'Into cell',
    useSelectedCell: 'Use the selected cell',
    insertButton: 'Insert the formula',
    confirmOverwrite: 'This cell is not empty ({existing}). Replace it?',
    yes: 'Replace',
    no: 'Keep it',
    inserted: 'Inserted.',
    kept: 'The cell was kept as it was.',
    missingArgument: 'Choose a range or type a value for {param}.',
    persianDigits: 'Persian digits',
    inspectButton: 'Inspect the selected cell',
    notKpi: 'The selected cell holds no KPI formula.',
    inputs: 'Inputs',
    cellsAndBlanks: '{cells} cells, {blanks} blank (skipped)',
    unreadable: 'Not read here (an expression): {values}',
    result: 'Result',
    tableRows: 'A table of {count} rows',
    findings: {
      'size-mismatch': '{param}: the ranges read row by row are not the same size.',
      'text-among-numbers': '{param}, text that is not a number: {count} ({values})',
      'not-a-date': '{param}, cells that are not dates: {count} ({values})',
      'ambiguous-date-order': '{param}, dates that could be day or month first, with no date showing which: {count} ({values}). Write them as 2024-02-01.',
      'conflicting-date-order': '{param} mixes dates with the day first and with the month first ({values}). Write them as 2024-02-01.',
      blanks: '{param}, blank cells skipped: {count}',
      'close-before-start': '{param}, rows that end before they start: {count}',
      'open-with-close-date': '{param}, open deals with a close date (an expected one): {count}. They are left out of the cycle.',
      'unknown-status': '{param}, statuses neither won nor lost: {count} ({values})',
      'duplicate-ids': '{param}, values that appear more than once: {count} ({values})',
      'skipped-rows': '{param}, rows skipped: {count} ({values})',
    },
    skipReasons: {
      'blank-row': 'blank rows', 'open-deal': 'open deals', 'no-start-date': 'no start date', 'no-close-date': 'no close date', 'no-response': 'no response yet',
      'no-arrival-time': 'no arrival time', 'no-amount': 'no amount', 'no-status': 'no status', 'not-won': 'not won',
      'no-source': 'no source', 'no-count': 'no count',
    },
  },
  fa: {
    tabs: { insert: 'درج شاخص', inspect: 'بررسی یک سلول', reference: 'راهنمای توابع' },
    choose: '۱. یک شاخص انتخاب کنید',
    search: 'جستجوی شاخص‌ها',
    map: '۲. ورودی‌ها را تعیین کنید',
    optional: 'اختیاری',
    sources: { omitted: '(بدون مقدار)', selection: 'محدودهٔ انتخاب‌شده', column: 'ستون', typed: 'تایپ یک مقدار', derived: 'از روی جدول' },
    why: {
      header: 'بر پایهٔ سرستون',
      outcomes: 'در {count} از {of} سطر، موفق یا ناموفق دارد',
      dates: '{count} از {of} خانه تاریخ‌اند',
      numbers: '{count} از {of} خانه عددند',
    },
    typedPlaceholder: 'یک عدد یا متن',
    preview: '۳. پیش‌نمایش',
    previewButton: 'پیش‌نمایش روی داده‌های من',
    dataCheck: 'بررسی داده‌ها',
    noProblems: 'در محدوده‌های انتخاب‌شده مشکلی پیدا نشد.',
    insert: '۴. درج',
    targetCell: 'در سلول',
    useSelectedCell: 'استفاده از سلول انتخاب‌شده',
    insertButton: 'درج فرمول',
    confirmOverwrite: 'این سلول خالی نیست (\u2066{existing}\u2069). جایگزین شود؟',
    yes: 'جایگزین شود',
    no: 'حفظ شود',
    inserted: 'درج شد.',
    kept: 'سلول دست‌نخورده ماند.',
    missingArgument: 'برای {param} یک محدوده انتخاب کنید یا مقداری تایپ کنید.',
    persianDigits: 'رقم‌های فارسی',
    inspectButton: 'بررسی سلول انتخاب‌شده',
    notKpi: 'سلول انتخاب‌شده فرمول شاخص ندارد.',
    inputs: 'ورودی‌ها',
    cellsAndBlanks: '{cells} سلول، {blanks} خالی (نادیده گرفته می‌شود)',
    unreadable: 'در اینجا خوانده نمی‌شود (یک عبارت): {values}',
    result: 'نتیجه',
    tableRows: 'جدولی با {count} سطر',
    findings: {
      'size-mismatch': '{param}: محدوده‌هایی که سطربه‌سطر خوانده می‌شوند هم‌اندازه نیستند.',
      'text-among-numbers': '{param}، متن‌هایی که عدد نیستند: {count} ({values})',
      'not-a-date': '{param}، سلول‌هایی که تاریخ نیستند: {count} ({values})',
      'ambiguous-date-order': '{param}، تاریخ‌هایی که روز یا ماهشان می‌تواند اول باشد و هیچ تاریخی ترتیب را نشان نمی‌دهد: {count} ({values}). آن‌ها را به شکل 2024-02-01 بنویسید.',
      'conflicting-date-order': '{param} تاریخ‌هایی با روزِ اول و تاریخ‌هایی با ماهِ اول را با هم دارد ({values}). آن‌ها را به شکل 2024-02-01 بنویسید.',
      blanks: '{param}، سلول‌های خالیِ نادیده‌گرفته: {count}',
      'close-before-start': '{param}، سطرهایی که پایانشان پیش از شروع است: {count}',
      'open-with-close-date': '{param}، معامله‌های باز با تاریخ بستن (تاریخی پیش‌بینی‌شده): {count}. این معامله‌ها در چرخه حساب نمی‌شوند.',
      'unknown-status': '{param}، وضعیت‌هایی که نه معاملهٔ موفق‌اند و نه ناموفق: {count} ({values})',
      'duplicate-ids': '{param}، مقدارهای تکراری: {count} ({values})',
      'skipped-rows': '{param}، سطرهای نادیده‌گرفته: {count} ({values})',
    },
    skipReasons: {
      'blank-row': 'سطر خالی', 'open-deal': 'معاملهٔ باز', 'no-start-date': 'بدون تاریخ شروع', 'no-close-date': 'بدون تاریخ بستن', 'no-response': 'هنوز بی‌پاسخ',
      'no-arrival-time': 'بدون زمان ورود', 'no-amount': 'بدون مبلغ', 'no-status': 'بدون وضعیت', 'not-won': 'معاملهٔ موفق نیست',
      'no-source': 'بدون منبع', 'no-count': 'بدون تعداد',
    },
  },
  el: {
    tabs: { insert: 'Εισαγωγή δείκτη', inspect: 'Έλεγχος κελιού', reference: 'Οδηγός συναρτήσεων' },
    choose: '1. Επιλέξτε δείκτη',
    search: 'Αναζήτηση δεικτών',
    map: '2. Αντιστοιχίστε τα ορίσματα',
    optional: 'προαιρετικό',
    sources: { omitted: '(παράλειψη)', selection: 'Η τρέχουσα επιλογή', column: 'Στήλη', typed: 'Πληκτρολόγηση τιμής', derived: 'Από τον πίνακα' },
    why: {
      header: 'από την κεφαλίδα της',
      outcomes: 'έχει κερδισμένη ή χαμένη σε {count} από {of} γραμμές',
      dates: '{count} από {of} κελιά είναι ημερομηνίες',
      numbers: '{count} από {of} κελιά είναι αριθμοί',
    },
    typedPlaceholder: 'Ένας αριθμός ή κείμενο',
    preview: '3. Προεπισκόπηση',
    previewButton: 'Προεπισκόπηση στα δεδομένα μου',
    dataCheck: 'Έλεγχος δεδομένων',
    noProblems: 'Δεν βρέθηκαν προβλήματα στις περιοχές που επιλέξατε.',
    insert: '4. Εισαγωγή',
    targetCell: 'Στο κελί',
    useSelectedCell: 'Χρήση επιλεγμένου κελιού',
    insertButton: 'Εισαγωγή του τύπου',
    confirmOverwrite: 'Το κελί δεν είναι κενό ({existing}). Να αντικατασταθεί;',
    yes: 'Αντικατάσταση',
    no: 'Διατήρηση',
    inserted: 'Ο τύπος εισήχθη.',
    kept: 'Το κελί έμεινε ως είχε.',
    missingArgument: 'Επιλέξτε περιοχή ή πληκτρολογήστε τιμή για το {param}.',
    persianDigits: 'Περσικά ψηφία',
    inspectButton: 'Έλεγχος του επιλεγμένου κελιού',
    notKpi: 'Το επιλεγμένο κελί δεν έχει τύπο δείκτη.',
    inputs: 'Είσοδοι',
    cellsAndBlanks: '{cells} κελιά, {blanks} κενά (παραλείπονται)',
    unreadable: 'Δεν διαβάζεται εδώ (έκφραση): {values}',
    result: 'Αποτέλεσμα',
    tableRows: 'Πίνακας {count} γραμμών',
    findings: {
      'size-mismatch': '{param}: οι περιοχές που διαβάζονται ανά γραμμή δεν έχουν το ίδιο μέγεθος.',
      'text-among-numbers': '{param}, κείμενο που δεν είναι αριθμός: {count} ({values})',
      'not-a-date': '{param}, κελιά που δεν είναι ημερομηνίες: {count} ({values})',
      'ambiguous-date-order': '{param}, ημερομηνίες που μπορεί να έχουν πρώτα την ημέρα ή τον μήνα, χωρίς καμία να δείχνει ποιο: {count} ({values}). Γράψτε τες ως 2024-02-01.',
      'conflicting-date-order': 'Το {param} έχει ημερομηνίες με πρώτη την ημέρα και με πρώτο τον μήνα ({values}). Γράψτε τες ως 2024-02-01.',
      blanks: '{param}, κενά κελιά που παραλείπονται: {count}',
      'close-before-start': '{param}, γραμμές που τελειώνουν πριν αρχίσουν: {count}',
      'open-with-close-date': '{param}, ανοιχτές συμφωνίες με ημερομηνία κλεισίματος (αναμενόμενη): {count}. Μένουν έξω από τον κύκλο.',
      'unknown-status': '{param}, καταστάσεις ούτε κερδισμένες ούτε χαμένες: {count} ({values})',
      'duplicate-ids': '{param}, τιμές που επαναλαμβάνονται: {count} ({values})',
      'skipped-rows': '{param}, γραμμές που παραλείπονται: {count} ({values})',
    },
    skipReasons: {
      'blank-row': 'κενές γραμμές', 'open-deal': 'ανοιχτές συμφωνίες', 'no-start-date': 'χωρίς ημερομηνία έναρξης', 'no-close-date': 'χωρίς ημερομηνία κλεισίματος',
      'no-response': 'χωρίς απάντηση ακόμη', 'no-arrival-time': 'χωρίς ώρα λήψης', 'no-amount': 'χωρίς ποσό',
      'no-status': 'χωρίς κατάσταση', 'not-won': 'μη κερδισμένες', 'no-source': 'χωρίς πηγή', 'no-count': 'χωρίς πλήθος',
    },
  },
};

/** A string with its {name} placeholders filled. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
