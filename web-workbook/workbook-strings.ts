// What the browser workbook's toolbar says, in each language the product speaks.
import type { Language } from '../core/translations';

export interface WorkbookStrings {
  readonly title: string;
  readonly open: string;
  readonly export: string;
  readonly language: string;
  readonly saved: string;
  readonly dropHint: string;
  /** {file}, {rows} and {sheet}. */
  readonly imported: string;
  /** {file} and {reason}. */
  readonly badFile: string;
  readonly reasons: {
    readonly kind: string;
    readonly empty: string;
    readonly binary: string;
    readonly unreadable: string;
    readonly tooBig: string;
  };
  readonly notSaved: string;
  /** The saved workbook could not be opened: it is left in storage untouched. */
  readonly notRestored: string;
  /** {reason}. */
  readonly exportFailed: string;
}

export const WORKBOOK_STRINGS: Readonly<Record<Language, WorkbookStrings>> = {
  en: {
    title: 'Sales KPI workbook',
    open: 'Open CSV or XLSX…',
    export: 'Export .xlsx',
    language: 'Language',
    saved: 'Saved in this browser; nothing leaves your computer.',
    dropHint: 'Drop a CSV or XLSX file here',
    imported: 'Opened {file}: {rows} rows on the sheet {sheet}.',
    badFile: 'Could not open {file}: {reason} Nothing was changed.',
    reasons: {
      kind: 'only .csv and .xlsx files can be opened.',
      empty: 'the file has no rows.',
      binary: 'this is not a text CSV file.',
      unreadable: 'it is not a readable XLSX workbook.',
      tooBig: 'it has more than 2,000,000 cells.',
    },
    notSaved: 'Could not save in this browser: {reason}',
    notRestored: 'The workbook saved in this browser could not be opened; it is kept there unchanged, and nothing you do now is saved over it. This is the sample.',
    exportFailed: 'Could not export: {reason}',
  },
  fa: {
    title: 'کارپوشهٔ شاخص‌های فروش',
    open: 'باز کردن CSV یا XLSX…',
    export: 'خروجی ‎.xlsx',
    language: 'زبان',
    saved: 'در همین مرورگر ذخیره شد؛ چیزی از رایانهٔ شما بیرون نمی‌رود.',
    dropHint: 'یک پروندهٔ CSV یا XLSX را اینجا رها کنید',
    imported: '{file} باز شد: {rows} ردیف در برگهٔ {sheet}.',
    badFile: '{file} باز نشد: {reason} چیزی تغییر نکرد.',
    reasons: {
      kind: 'فقط پرونده‌های ‎.csv و ‎.xlsx باز می‌شوند.',
      empty: 'پرونده هیچ ردیفی ندارد.',
      binary: 'این یک پروندهٔ متنی CSV نیست.',
      unreadable: 'یک کارپوشهٔ XLSX خوانا نیست.',
      tooBig: 'بیش از ۲٬۰۰۰٬۰۰۰ خانه دارد.',
    },
    notSaved: 'ذخیره در این مرورگر ممکن نشد: {reason}',
    notRestored: 'کارپوشهٔ ذخیره‌شده در این مرورگر باز نشد؛ همان‌جا دست‌نخورده می‌ماند و کارهای اکنون شما روی آن ذخیره نمی‌شود. این نمونه است.',
    exportFailed: 'خروجی گرفتن ممکن نشد: {reason}',
  },
  el: {
    title: 'Βιβλίο εργασίας δεικτών πωλήσεων',
    open: 'Άνοιγμα CSV ή XLSX…',
    export: 'Εξαγωγή .xlsx',
    language: 'Γλώσσα',
    saved: 'Αποθηκεύτηκε σε αυτό το πρόγραμμα περιήγησης· τίποτα δεν φεύγει από τον υπολογιστή σας.',
    dropHint: 'Αφήστε εδώ ένα αρχείο CSV ή XLSX',
    imported: 'Άνοιξε το {file}: {rows} γραμμές στο φύλλο {sheet}.',
    badFile: 'Δεν ήταν δυνατό να ανοίξει το {file}: {reason} Δεν άλλαξε τίποτα.',
    reasons: {
      kind: 'ανοίγουν μόνο αρχεία .csv και .xlsx.',
      empty: 'το αρχείο δεν έχει γραμμές.',
      binary: 'δεν είναι αρχείο κειμένου CSV.',
      unreadable: 'δεν είναι αναγνώσιμο βιβλίο εργασίας XLSX.',
      tooBig: 'έχει περισσότερα από 2.000.000 κελιά.',
    },
    notSaved: 'Η αποθήκευση σε αυτό το πρόγραμμα περιήγησης απέτυχε: {reason}',
    notRestored: 'Το βιβλίο εργασίας που είναι αποθηκευμένο σε αυτό το πρόγραμμα περιήγησης δεν άνοιξε· μένει εκεί ανέγγιχτο και ό,τι κάνετε τώρα δεν αποθηκεύεται πάνω του. Αυτό είναι το δείγμα.',
    exportFailed: 'Η εξαγωγή απέτυχε: {reason}',
  },
};
