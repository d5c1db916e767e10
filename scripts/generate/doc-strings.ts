// The words of the function reference around the KPI texts, in each language the product speaks.
import type { ResultFormat } from '../../core';
import type { Language } from '../../core/translations';

export interface DocStrings {
  readonly direction: 'ltr' | 'rtl';
  readonly title: string;
  readonly generated: string;
  readonly intro: readonly string[];
  /** {id} and {name}: why a function has another name in Sheets. */
  readonly renamed: string;
  readonly formula: string;
  readonly returns: string;
  readonly table: string;
  readonly columnSeparator: string;
  readonly results: Readonly<Record<Exclude<ResultFormat, 'table'>, string>>;
  readonly spills: string;
  readonly argument: string;
  readonly kind: string;
  readonly meaning: string;
  readonly optional: string;
  readonly error: string;
  readonly when: string;
  readonly example: string;
  readonly result: string;
  /** A name or formula as it is written: plain in English, as code (left to right) elsewhere. */
  code(text: string): string;
}

const asCode = (text: string) => `\`${text}\``;

export const DOC_STRINGS: Readonly<Record<Language, DocStrings>> = {
  en: {
    direction: 'ltr',
    title: 'Sales KPI function reference',
    generated: 'Generated from the registry (`core/registry.ts`) by `npm run build`; do not edit by hand. In Persian: [FUNCTIONS.fa.md](FUNCTIONS.fa.md); in Greek: [FUNCTIONS.el.md](FUNCTIONS.el.md).',
    intro: [
      'In Excel every function carries the add-in\'s namespace (`=KPI.NPS(B2:B500)`); in Google Sheets it is called by its name (`=NPS(B2:B500)`).',
      'Rates are fractions (0.25 = 25%): format the cell as a percentage. Numbers may be typed in Western, Persian or Arabic-Indic digits',
      '(`"۸٬۰۰۰"` is 8000); dates may be date cells, ISO text (`2024-03-05`) or Solar Hijri text (`1402/12/15`). Blank cells in a range are skipped.',
      'Every function answers a cell of the wrong kind (text that is not a number, a blank where a value is required) with #VALUE!,',
      'and its message names the function, the argument and the cell. Excel shows an error\'s message only on #VALUE! and #N/A;',
      'Sheets shows every message when you hover over #ERROR!.',
    ],
    renamed: '(in Sheets, {id} is a built-in function, so this one is named {name})',
    formula: 'Formula',
    returns: 'Returns',
    table: 'a table with no header row; columns',
    columnSeparator: '; ',
    results: {
      rate: 'a fraction, 0.25 for 25% (format the cell as a percentage)',
      money: 'an amount, in the currency of the inputs',
      days: 'a number of days',
      hours: 'a time, in hours unless another unit is asked for',
      number: 'a number',
      score: 'a score from −100 to 100',
      ratio: 'a ratio',
      periods: 'a number of periods (months when arpa is per month)',
      text: 'text, or a number for the parts that are numbers',
    },
    spills: 'Give ranges instead of single values and it returns one result per row (one call per column).',
    argument: 'argument',
    kind: 'kind',
    meaning: 'meaning',
    optional: 'optional',
    error: 'error',
    when: 'when',
    example: 'example',
    result: 'result',
    code: (text) => text,
  },
  fa: {
    direction: 'rtl',
    title: 'راهنمای توابع شاخص‌های کلیدی فروش',
    generated: 'این راهنما را `npm run build` از فهرست توابع (`core/registry.ts`) می‌سازد؛ آن را دستی ویرایش نکنید. نسخهٔ انگلیسی: [FUNCTIONS.md](FUNCTIONS.md).',
    intro: [
      'در اکسل هر تابع با پیشوند افزونه نوشته می‌شود (`=KPI.NPS(B2:B500)`) و در Google Sheets با نام خودش (`=NPS(B2:B500)`).',
      'نرخ‌ها به‌صورت عدد اعشاری برمی‌گردند (`0.25` یعنی `25%`)؛ قالب سلول را درصد کنید. عددها را می‌توانید با رقم‌های لاتین، فارسی یا عربی بنویسید',
      '(`"۸٬۰۰۰"` یعنی ۸۰۰۰)؛ تاریخ‌ها می‌توانند خانهٔ تاریخ، متن ISO (`2024-03-05`) یا تاریخ شمسی (`1402/12/15`) باشند. خانه‌های خالی یک محدوده نادیده گرفته می‌شوند.',
      'هر تابع به خانه‌ای با نوع نادرست (متنی که عدد نیست، یا خانهٔ خالی به‌جای مقداری لازم) با `#VALUE!` پاسخ می‌دهد و پیامش تابع، ورودی و خانه را نام می‌برد.',
      'اکسل پیام خطا را فقط روی `#VALUE!` و `#N/A` نشان می‌دهد؛ Sheets هر پیامی را با نگه داشتن نشانگر روی `#ERROR!` نشان می‌دهد.',
    ],
    renamed: '(در Sheets تابعی داخلی به نام {id} هست، پس نام این یکی {name} است)',
    formula: 'فرمول',
    returns: 'خروجی',
    table: 'جدولی بدون سطر عنوان؛ ستون‌ها',
    columnSeparator: '؛ ',
    results: {
      rate: 'عدد اعشاری، `0.25` برای `25%` (قالب سلول را درصد کنید)',
      money: 'یک مبلغ، به واحد پول ورودی‌ها',
      days: 'تعداد روز',
      hours: 'یک مدت زمان، بر حسب ساعت مگر آنکه واحد دیگری خواسته شود',
      number: 'یک عدد',
      score: 'امتیازی از \u2066−100\u2069 تا \u2066100\u2069',
      ratio: 'یک نسبت',
      periods: 'تعداد دوره (اگر `arpa` ماهانه باشد، ماه)',
      text: 'متن، یا عدد برای بخش‌هایی که عددند',
    },
    spills: 'اگر به‌جای مقدارهای تکی محدوده بدهید، برای هر سطر یک نتیجه برمی‌گرداند (یک فراخوانی برای هر ستون).',
    argument: 'ورودی',
    kind: 'نوع',
    meaning: 'معنا',
    optional: 'اختیاری',
    error: 'خطا',
    when: 'چه وقت',
    example: 'نمونه',
    result: 'نتیجه',
    code: asCode,
  },
  el: {
    direction: 'ltr',
    title: 'Οδηγός συναρτήσεων Βασικών δεικτών πωλήσεων',
    generated: 'Δημιουργείται από το μητρώο συναρτήσεων (`core/registry.ts`) με το `npm run build`· μην το επεξεργάζεστε με το χέρι. Στα αγγλικά: [FUNCTIONS.md](FUNCTIONS.md).',
    intro: [
      'Στο Excel κάθε συνάρτηση γράφεται με το πρόθεμα του πρόσθετου (`=KPI.NPS(B2:B500)`)· στο Google Sheets με το όνομά της (`=NPS(B2:B500)`).',
      'Τα ποσοστά επιστρέφονται ως δεκαδικοί αριθμοί (0,25 = 25%): μορφοποιήστε το κελί ως ποσοστό. Οι αριθμοί γράφονται με λατινικά, περσικά ή αραβικά ψηφία',
      '(το `"۸٬۰۰۰"` είναι 8000)· οι ημερομηνίες μπορεί να είναι κελιά ημερομηνίας, κείμενο ISO (`2024-03-05`) ή ηλιακή ημερομηνία Χιτζρί (`1402/12/15`). Τα κενά κελιά μιας περιοχής παραλείπονται.',
      'Κάθε συνάρτηση απαντά σε κελί λάθος είδους (κείμενο που δεν είναι αριθμός, κενό όπου χρειάζεται τιμή) με `#VALUE!` και το μήνυμά της ονομάζει τη συνάρτηση, το όρισμα και το κελί.',
      'Το Excel δείχνει το μήνυμα ενός σφάλματος μόνο στα `#VALUE!` και `#N/A`· το Sheets δείχνει κάθε μήνυμα όταν περάσετε τον δείκτη πάνω από το `#ERROR!`.',
    ],
    renamed: '(στο Sheets υπάρχει ενσωματωμένη συνάρτηση {id}, γι’ αυτό αυτή ονομάζεται {name})',
    formula: 'Τύπος',
    returns: 'Επιστρέφει',
    table: 'πίνακα χωρίς γραμμή κεφαλίδων· στήλες',
    columnSeparator: '· ',
    results: {
      rate: 'δεκαδικό αριθμό, 0,25 για 25% (μορφοποιήστε το κελί ως ποσοστό)',
      money: 'ένα ποσό, στο νόμισμα των δεδομένων',
      days: 'αριθμό ημερών',
      hours: 'χρόνο, σε ώρες εκτός αν ζητηθεί άλλη μονάδα',
      number: 'έναν αριθμό',
      score: 'βαθμολογία από −100 έως 100',
      ratio: 'έναν λόγο',
      periods: 'αριθμό περιόδων (μήνες όταν το `arpa` είναι μηνιαίο)',
      text: 'κείμενο, ή αριθμό για τα μέρη που είναι αριθμοί',
    },
    spills: 'Δώστε περιοχές αντί για μεμονωμένες τιμές και επιστρέφει ένα αποτέλεσμα ανά γραμμή (μία κλήση ανά στήλη).',
    argument: 'όρισμα',
    kind: 'είδος',
    meaning: 'σημασία',
    optional: 'προαιρετικό',
    error: 'σφάλμα',
    when: 'πότε',
    example: 'παράδειγμα',
    result: 'αποτέλεσμα',
    code: asCode,
  },
};
