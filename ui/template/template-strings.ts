// What the pane's Dashboard tab and the Sheets menu say about the template, in each language the product speaks.
import type { Language } from '../../core/translations';

export interface TemplateStrings {
  readonly tab: string;
  readonly intro: string;
  readonly replace: string;
  readonly button: string;
  readonly working: string;
  /** Excel only: the workbook now opens the task pane for teammates. */
  readonly sharing: string;
  /** The dashboard over the user's own sheet. */
  readonly own: {
    readonly title: string;
    readonly intro: string;
    readonly read: string;
    readonly reading: string;
    readonly noTable: string;
    readonly fields: string;
    readonly notInSheet: string;
    readonly statuses: string;
    readonly statusHint: string;
    readonly statusHeaders: readonly [string, string, string];
    readonly noStatus: string;
    readonly build: string;
    readonly building: string;
    readonly sets: Readonly<Record<'deals' | 'leads' | 'orders' | 'survey' | 'spend', string>>;
  };
}

/** Where the template went, for the pane and the Sheets toast ({sheet}: the dashboard sheet's name); apart, so the Sheets server carries only this. */
export const TEMPLATE_INSERTED: Readonly<Record<Language, string>> = {
  en: 'The dashboard is on the sheet {sheet}.',
  fa: 'داشبورد در برگهٔ {sheet} است.',
  el: 'Ο πίνακας ελέγχου είναι στο φύλλο {sheet}.',
};

export const TEMPLATE_STRINGS: Readonly<Record<Language, TemplateStrings>> = {
  en: {
    tab: 'Dashboard',
    intro: 'A ready KPI dashboard over sample CRM data: the Deals, Leads, Orders, Survey and Spend sheets, KPI formulas, tables and charts. It goes on new sheets; nothing already in the file changes.',
    replace: 'Then replace the sample rows with your own data: the formulas and charts follow.',
    button: 'Insert the dashboard template',
    working: 'Inserting the dashboard…',
    sharing: 'Teammates with the Sales KPI add-in get its functions as soon as they open this workbook, and this pane opens by itself where their installation allows it.',
    own: {
      title: 'Your own data',
      intro: 'Open or select the sheet of your CRM export, then build the same dashboard over its rows: all of them, and rows you add below.',
      read: 'Build the dashboard from this sheet',
      reading: 'Reading the sheet…',
      noTable: 'The sheet {sheet} has no table with a header row: open your export, or go to its sheet, and try again.',
      fields: 'Which column is which (sheet {sheet})',
      notInSheet: '— not in this sheet —',
      statuses: 'What each status counts as',
      statusHint: 'Proposed from the labels; change any of them. The dashboard keeps this list, and you can change it there later.',
      statusHeaders: ['Status', 'Deals', 'Counts as'],
      noStatus: 'Choose the deal status column to see its statuses.',
      build: 'Build the dashboard',
      building: 'Building the dashboard…',
      sets: { deals: 'Deals', leads: 'Leads', orders: 'Orders', survey: 'Survey', spend: 'Spend' },
    },
  },
  fa: {
    tab: 'داشبورد',
    intro: 'یک داشبورد آمادهٔ شاخص‌ها روی داده‌های نمونهٔ CRM: برگه‌های Deals، Leads، Orders، Survey و Spend، فرمول‌های شاخص، جدول‌ها و نمودارها. روی برگه‌های تازه ساخته می‌شود و چیزی از داده‌های فعلی تغییر نمی‌کند.',
    replace: 'سپس سطرهای نمونه را با داده‌های خودتان جایگزین کنید؛ فرمول‌ها و نمودارها به‌روز می‌شوند.',
    button: 'درج قالب داشبورد',
    working: 'در حال درج داشبورد…',
    sharing: 'هم‌تیمی‌هایی که افزونهٔ شاخص‌های کلیدی فروش را دارند، با باز کردن این کارپوشه توابع آن را در اختیار دارند؛ و هرجا نصبشان اجازه دهد، این پنل برایشان خودکار باز می‌شود.',
    own: {
      title: 'داده‌های خودتان',
      intro: 'برگهٔ خروجی CRM خود را باز یا انتخاب کنید و همین داشبورد را روی سطرهای آن بسازید: همهٔ سطرها، و سطرهایی که بعداً زیر آن اضافه کنید.',
      read: 'ساخت داشبورد از این برگه',
      reading: 'در حال خواندن برگه…',
      noTable: 'برگهٔ {sheet} جدولی با سطر عنوان ندارد: خروجی خود را باز کنید یا به برگهٔ آن بروید و دوباره امتحان کنید.',
      fields: 'کدام ستون چیست (برگهٔ {sheet})',
      notInSheet: '— در این برگه نیست —',
      statuses: 'هر وضعیت چه حسابی شود',
      statusHint: 'پیشنهادها از روی برچسب‌هاست؛ هرکدام را می‌توانید تغییر دهید. داشبورد این فهرست را نگه می‌دارد و بعداً هم آنجا قابل تغییر است.',
      statusHeaders: ['وضعیت', 'تعداد معامله', 'حساب می‌شود'],
      noStatus: 'ستون وضعیت معامله را انتخاب کنید تا وضعیت‌های آن را ببینید.',
      build: 'ساخت داشبورد',
      building: 'در حال ساخت داشبورد…',
      sets: { deals: 'معاملات', leads: 'سرنخ‌ها', orders: 'سفارش‌ها', survey: 'نظرسنجی', spend: 'هزینه‌ها' },
    },
  },
  el: {
    tab: 'Πίνακας ελέγχου',
    intro: 'Ένας έτοιμος πίνακας ελέγχου δεικτών με δείγμα δεδομένων CRM: τα φύλλα Deals, Leads, Orders, Survey και Spend, τύποι δεικτών, πίνακες και γραφήματα. Μπαίνει σε νέα φύλλα· τίποτα από όσα υπάρχουν ήδη δεν αλλάζει.',
    replace: 'Έπειτα αντικαταστήστε τις γραμμές του δείγματος με τα δικά σας δεδομένα: οι τύποι και τα γραφήματα ενημερώνονται αυτόματα.',
    button: 'Εισαγωγή προτύπου πίνακα ελέγχου',
    working: 'Εισαγωγή του πίνακα ελέγχου…',
    sharing: 'Οι συνάδελφοι που έχουν εγκατεστημένο το πρόσθετο Βασικοί δείκτες πωλήσεων έχουν τις συναρτήσεις του μόλις ανοίξουν αυτό το βιβλίο εργασίας· όπου το επιτρέπει η εγκατάστασή τους, αυτό το παράθυρο ανοίγει και μόνο του.',
    own: {
      title: 'Τα δικά σας δεδομένα',
      intro: 'Ανοίξτε ή επιλέξτε το φύλλο της εξαγωγής του CRM σας και φτιάξτε τον ίδιο πίνακα ελέγχου πάνω στις γραμμές του: όλες, και όσες προσθέσετε από κάτω.',
      read: 'Δημιουργία πίνακα ελέγχου από αυτό το φύλλο',
      reading: 'Ανάγνωση του φύλλου…',
      noTable: 'Το φύλλο {sheet} δεν έχει πίνακα με γραμμή κεφαλίδων: ανοίξτε την εξαγωγή σας ή πηγαίνετε στο φύλλο της και δοκιμάστε ξανά.',
      fields: 'Ποια στήλη είναι ποια (φύλλο {sheet})',
      notInSheet: '— δεν υπάρχει εδώ —',
      statuses: 'Πώς μετράει κάθε κατάσταση',
      statusHint: 'Προτείνεται από τις ετικέτες· αλλάξτε όποια θέλετε. Ο πίνακας ελέγχου κρατά αυτή τη λίστα και μπορείτε να την αλλάξετε και εκεί αργότερα.',
      statusHeaders: ['Κατάσταση', 'Συμφωνίες', 'Μετράει ως'],
      noStatus: 'Επιλέξτε τη στήλη κατάστασης συμφωνίας για να δείτε τις καταστάσεις της.',
      build: 'Δημιουργία πίνακα ελέγχου',
      building: 'Δημιουργία του πίνακα ελέγχου…',
      sets: { deals: 'Συμφωνίες', leads: 'Δυνητικοί πελάτες', orders: 'Παραγγελίες', survey: 'Έρευνα', spend: 'Δαπάνες' },
    },
  },
};
