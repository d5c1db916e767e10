// Every string the pane shows around the KPI texts, in each language the product speaks.
import { GROUP_TITLES, type KpiGroup } from '../core';
import type { Language } from '../core/translations';
import type { Host } from './function-reference';

export interface UiStrings {
  readonly subtitle: string;
  readonly referenceTab: string;
  /** Per host; `{formula}` marks where a formula's start goes, set left to right whatever the language. */
  readonly hint: Readonly<Record<Host, string>>;
  readonly arguments: string;
  readonly optional: string;
  readonly example: string;
  readonly returnsTable: string;
  readonly groups: Readonly<Record<KpiGroup, string>>;
  /** Where the host lets the language of a spreadsheet's error messages be chosen (Sheets). */
  readonly messageLanguage: { readonly label: string; readonly locale: string; readonly note: string; readonly saved: string };
}

export const UI_STRINGS: Readonly<Record<Language, UiStrings>> = {
  en: {
    subtitle: 'B2B sales KPI functions for your workbook',
    referenceTab: 'Function reference',
    messageLanguage: {
      label: 'Language of error messages in this spreadsheet',
      locale: 'The spreadsheet’s locale',
      note: 'Sheets has no Iranian locale: choose Persian here. The choice is kept with the spreadsheet, for everyone who opens it.',
      saved: 'Saved. Cells show the new language when they calculate again.',
    },
    hint: {
      excel: 'Type {formula} in a cell to see every function. Rates come back as fractions: format the cell as a percentage.',
      sheets: 'Type a function in a cell, such as {formula}. Rates come back as fractions: format the cell as a percentage.',
    },
    arguments: 'Arguments',
    optional: 'optional',
    example: 'Example',
    returnsTable: 'Spills a table with no header row.',
    groups: GROUP_TITLES,
  },
  fa: {
    subtitle: 'توابع شاخص‌های کلیدی عملکرد فروش B2B برای کارپوشهٔ شما',
    referenceTab: 'راهنمای توابع',
    messageLanguage: {
      label: 'زبان پیام‌های خطا در این صفحه‌گسترده',
      locale: 'زبانِ تنظیمات صفحه‌گسترده',
      note: 'Sheets تنظیمات ایران را ندارد؛ فارسی را از اینجا انتخاب کنید. این انتخاب با خود صفحه‌گسترده ذخیره می‌شود، برای همهٔ کسانی که آن را باز می‌کنند.',
      saved: 'ذخیره شد. خانه‌ها در محاسبهٔ بعدی پیام‌ها را به زبان تازه نشان می‌دهند.',
    },
    hint: {
      excel: 'در یک سلول {formula} را تایپ کنید تا همهٔ توابع را ببینید. نرخ‌ها به‌صورت عدد اعشاری برمی‌گردند: قالب سلول را درصد کنید.',
      sheets: 'تابع را در یک سلول تایپ کنید، مثلاً {formula}. نرخ‌ها به‌صورت عدد اعشاری برمی‌گردند: قالب سلول را درصد کنید.',
    },
    arguments: 'ورودی‌ها',
    optional: 'اختیاری',
    example: 'نمونه',
    returnsTable: 'جدولی بدون سطر عنوان برمی‌گرداند.',
    groups: {
      funnel: 'قیف فروش و نرخ تبدیل',
      pipeline: 'پایپ‌لاین فروش',
      sources: 'منابع و ترکیب فروش',
      economics: 'اقتصاد مشتری',
      revenue: 'درآمد و سودآوری',
      loyalty: 'وفاداری و رضایت مشتری',
      periods: 'دوره‌ها و تقویم',
      subscription: 'درآمد اشتراکی',
      forecast: 'پیش‌بینی ارزش مشتری',
    },
  },
  el: {
    subtitle: 'Συναρτήσεις KPI πωλήσεων B2B για το βιβλίο εργασίας σας',
    referenceTab: 'Οδηγός συναρτήσεων',
    messageLanguage: {
      label: 'Γλώσσα των μηνυμάτων σφάλματος σε αυτό το υπολογιστικό φύλλο',
      locale: 'Οι τοπικές ρυθμίσεις του υπολογιστικού φύλλου',
      note: 'Το Sheets δεν έχει τοπικές ρυθμίσεις για το Ιράν: επιλέξτε εδώ τα περσικά. Η επιλογή αποθηκεύεται μαζί με το υπολογιστικό φύλλο, για όλους όσοι το ανοίγουν.',
      saved: 'Αποθηκεύτηκε. Τα κελιά δείχνουν τη νέα γλώσσα όταν υπολογιστούν ξανά.',
    },
    hint: {
      excel: 'Πληκτρολογήστε {formula} σε ένα κελί για να δείτε όλες τις συναρτήσεις. Τα ποσοστά επιστρέφονται ως δεκαδικοί αριθμοί: μορφοποιήστε το κελί ως ποσοστό.',
      sheets: 'Πληκτρολογήστε μια συνάρτηση σε ένα κελί, για παράδειγμα {formula}. Τα ποσοστά επιστρέφονται ως δεκαδικοί αριθμοί: μορφοποιήστε το κελί ως ποσοστό.',
    },
    arguments: 'Ορίσματα',
    optional: 'προαιρετικό',
    example: 'Παράδειγμα',
    returnsTable: 'Επιστρέφει πίνακα χωρίς γραμμή επικεφαλίδων.',
    groups: {
      funnel: 'Χωνί πωλήσεων και μετατροπές',
      pipeline: 'Pipeline πωλήσεων',
      sources: 'Πηγές και σύνθεση πωλήσεων',
      economics: 'Κόστος και αξία πελάτη',
      revenue: 'Έσοδα και κερδοφορία',
      loyalty: 'Αφοσίωση και ικανοποίηση',
      periods: 'Περίοδοι και ημερολόγια',
      subscription: 'Έσοδα συνδρομών',
      forecast: 'Πρόβλεψη αξίας πελάτη',
    },
  },
};
