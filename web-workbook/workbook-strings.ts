// What the browser workbook's toolbar says, in each language the product speaks.
import type { Language } from '../core/translations';

export interface WorkbookStrings {
  readonly title: string;
  readonly open: string;
  readonly export: string;
  /** The copy for readers without the add-in, and what it is. */
  readonly exportValues: string;
  readonly exportValuesHint: string;
  readonly language: string;
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
    readonly tooWide: string;
    readonly bomb: string;
  };
  /** Why the browser's storage failed, as a sentence. */
  readonly storage: {
    readonly quota: string;
    readonly missing: string;
    readonly newer: string;
    readonly failed: string;
  };
  /** Shown while saving fails, until a save succeeds: {reason}. */
  readonly notKept: string;
  /** The stored workbook could not be read at load: {reason}. */
  readonly notRead: string;
  /** {count} entries of the log could not be read. */
  readonly damaged: string;
  /** {count} edits of a tab gone before they were stored, now stored. */
  readonly recovered: string;
  /** {file}. */
  readonly reading: string;
  readonly exporting: string;
  /** {file} and {percent}. */
  readonly adding: string;
  readonly cancel: string;
  readonly cancelled: string;
  /** The saved workbook could not be opened: it is left in storage untouched. */
  readonly notRestored: string;
  /** {reason}. */
  readonly exportFailed: string;
  /** The workbook was set to the page language's locale. */
  readonly localeSet: string;
  /** The list of workbooks kept in this browser. */
  readonly workbooks: {
    readonly button: string;
    readonly heading: string;
    /** The name of the workbook every page had before there were several. */
    readonly first: string;
    /** The name a new workbook starts with. */
    readonly untitled: string;
    readonly newWorkbook: string;
    readonly openNow: string;
    readonly rename: string;
    readonly save: string;
    readonly duplicate: string;
    /** {name}. */
    readonly copyOf: string;
    readonly delete: string;
    readonly deletedHeading: string;
    readonly restore: string;
    readonly forget: string;
    /** {name}. */
    readonly forgetConfirm: string;
    /** {name}. */
    readonly deleted: string;
    readonly undo: string;
    /** {name}. */
    readonly restored: string;
    /** {reason}. */
    readonly listFailed: string;
    /** After the workbook's name in the values copy's file name. */
    readonly valuesSuffix: string;
  };
  /** Opening an .xlsx whole, as a workbook of its own. */
  readonly openAs: {
    /** {file}. */
    readonly ask: string;
    readonly asWorkbook: string;
    readonly asData: string;
    /** {file} and {name}. */
    readonly opened: string;
    /** {names}. */
    readonly droppedNames: string;
  };
  /** How an opened file was read, sentence by sentence. */
  readonly opened: {
    /** {file} and {sheets}: several sheets of a workbook, each as {sheet} ({rows} rows). */
    readonly sheets: string;
    /** {sheet} and {rows}. */
    readonly sheet: string;
    /** {sheets}. */
    readonly emptySheets: string;
    /** {encoding}. */
    readonly encoding: string;
    readonly encodings: Readonly<Record<'utf-16le' | 'utf-16be' | 'windows-1253' | 'windows-1256' | 'windows-1252', string>>;
    /** {count}: title lines above the header, left out. */
    readonly above: string;
    /** {count}: footer lines below the data, left out. */
    readonly below: string;
    /** {lines}: what was left out. */
    readonly leftOut: string;
    /** {column}, {example} and {value}: how a column was read. */
    readonly readings: Readonly<Record<'point' | 'comma' | 'day-first' | 'month-first', string>>;
    /** {readings}. */
    readonly read: string;
    /** After a reading the cells left open. */
    readonly guessed: string;
    /** {column}: the button that reads a column the other way. */
    readonly switchTo: Readonly<Record<'point' | 'comma' | 'day-first' | 'month-first', string>>;
    /** {reading}: after the click. */
    readonly switched: string;
    /** {count}: cells changed since the file was opened, left as they are. */
    readonly keptEdited: string;
  };
}

export const WORKBOOK_STRINGS: Readonly<Record<Language, WorkbookStrings>> = {
  en: {
    title: 'Sales KPI workbook',
    open: 'Open CSV or XLSX…',
    export: 'Export .xlsx',
    exportValues: 'Export values',
    exportValuesHint: 'An .xlsx for colleagues without Sales KPI: each KPI formula replaced by its result, every other formula, name, format and chart kept.',
    language: 'Language',
    dropHint: 'Drop a CSV or XLSX file here',
    imported: 'Opened {file}: {rows} rows on the sheet {sheet}.',
    badFile: 'Could not open {file}: {reason} Nothing was changed.',
    reasons: {
      kind: 'only .csv and .xlsx files can be opened.',
      empty: 'the file has no rows.',
      binary: 'this is not a text CSV file.',
      unreadable: 'it is not a readable XLSX workbook.',
      tooBig: 'it has more than 2,000,000 cells.',
      tooWide: 'it has more than 18,278 columns, more than the grid holds.',
      bomb: 'it would expand to far more than any spreadsheet holds (a zip bomb), so it was not unpacked.',
    },
    storage: {
      quota: 'the browser\'s storage for this page is full. Free space (or delete other sites\' data) and it saves again by itself.',
      missing: 'this browser gives the page no storage (a private window, or site data turned off).',
      newer: 'the workbook in this browser was saved by a newer version of Sales KPI; this page does not change it.',
      failed: 'the browser\'s storage did not answer.',
    },
    notKept: 'Not saved: {reason} Your work is in this tab only; export it to keep a copy.',
    notRead: 'A workbook may be saved in this browser, but it could not be read: {reason} It was not opened and nothing is written over it; reload the page to try again. This is the sample, and nothing done here is saved.',
    damaged: '{count} saved change(s) could not be read and were left out; everything else is here.',
    recovered: '{count} change(s) made just before a tab was closed or reloaded were saved.',
    reading: 'Reading {file}…',
    exporting: 'Exporting the workbook…',
    adding: 'Adding {file} to the workbook: {percent}%…',
    cancel: 'Cancel',
    cancelled: 'Cancelled; nothing was changed.',
    notRestored: 'The workbook saved in this browser could not be opened; it is kept there unchanged, and nothing you do now is saved over it. This is the sample.',
    exportFailed: 'Could not export: {reason}',
    localeSet: 'Numbers and dates now show as in English (US): 1,234.5 and 12/31/2024, and formulas separate their arguments with a comma. File › Settings changes it.',
    workbooks: {
      button: 'Workbooks',
      heading: 'Workbooks kept in this browser',
      first: 'My workbook',
      untitled: 'Workbook',
      newWorkbook: 'New workbook',
      openNow: 'open now',
      rename: 'Rename',
      save: 'Save',
      duplicate: 'Duplicate',
      copyOf: '{name} (copy)',
      delete: 'Delete',
      deletedHeading: 'Deleted, kept until deleted for good',
      restore: 'Restore',
      forget: 'Delete for good',
      forgetConfirm: 'Delete “{name}” for good? It cannot be brought back.',
      deleted: '“{name}” was deleted.',
      undo: 'Undo',
      restored: '“{name}” is back.',
      listFailed: 'The list of workbooks could not be changed: {reason}',
      valuesSuffix: ' (values)',
    },
    openAs: {
      ask: '{file} could be a workbook or a data export.',
      asWorkbook: 'Open it as a workbook of its own',
      asData: 'Add its sheets to this workbook',
      opened: 'Opened {file} as a new workbook, “{name}”. The workbook you had open is in the list of workbooks.',
      droppedNames: 'Names not kept (they are not a range of cells): {names}.',
    },
    opened: {
      sheets: 'Opened {file}: {sheets}.',
      sheet: '{sheet} ({rows} rows)',
      emptySheets: 'Empty sheets not added: {sheets}.',
      encoding: 'Read as {encoding}.',
      encodings: { 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1253': 'Greek (Windows-1253)', 'windows-1256': 'Arabic and Persian (Windows-1256)', 'windows-1252': 'Western (Windows-1252)' },
      above: '{count} title line(s) above the header',
      below: '{count} footer line(s) below the data',
      leftOut: 'Left out {lines}.',
      readings: {
        point: '{column} with a decimal point ({example} is {value})',
        comma: '{column} with a decimal comma ({example} is {value})',
        'day-first': '{column} with the day first ({example} is {value})',
        'month-first': '{column} with the month first ({example} is {value})',
      },
      read: 'Read {readings}.',
      guessed: 'Its cells read both ways, so the page\'s language decided:',
      switchTo: {
        point: 'Read {column} with a decimal point',
        comma: 'Read {column} with a decimal comma',
        'day-first': 'Read {column} day first',
        'month-first': 'Read {column} month first',
      },
      switched: 'Now read {reading}.',
      keptEdited: '{count} cell(s) changed since the file was opened were left as they are.',
    },
  },
  fa: {
    title: 'کارپوشهٔ شاخص‌های فروش',
    open: 'باز کردن CSV یا XLSX…',
    export: 'خروجی ‎.xlsx',
    exportValues: 'خروجی مقدارها',
    exportValuesHint: 'یک ‎.xlsx برای همکارانی که افزونهٔ شاخص‌های کلیدی فروش را ندارند: هر فرمول شاخص با نتیجه‌اش جایگزین می‌شود و بقیهٔ فرمول‌ها، نام‌ها، قالب‌ها و نمودارها می‌مانند.',
    language: 'زبان',
    dropHint: 'یک پروندهٔ CSV یا XLSX را اینجا رها کنید',
    imported: '{file} باز شد: {rows} ردیف در برگهٔ {sheet}.',
    badFile: '{file} باز نشد: {reason} چیزی تغییر نکرد.',
    reasons: {
      kind: 'فقط پرونده‌های ‎.csv و ‎.xlsx باز می‌شوند.',
      empty: 'پرونده هیچ ردیفی ندارد.',
      binary: 'این یک پروندهٔ متنی CSV نیست.',
      unreadable: 'یک کارپوشهٔ XLSX خوانا نیست.',
      tooBig: 'بیش از ۲٬۰۰۰٬۰۰۰ خانه دارد.',
      tooWide: 'بیش از ۱۸٬۲۷۸ ستون دارد، بیش از آنچه جدول جا می‌دهد.',
      bomb: 'به اندازه‌ای بسیار بیشتر از هر صفحه‌گسترده‌ای باز می‌شود (بمب فشرده)، پس باز نشد.',
    },
    storage: {
      quota: 'فضای ذخیرهٔ مرورگر برای این صفحه پر است. فضا آزاد کنید (یا دادهٔ سایت‌های دیگر را پاک کنید) تا خودش دوباره ذخیره کند.',
      missing: 'این مرورگر به صفحه فضای ذخیره نمی‌دهد (پنجرهٔ خصوصی، یا دادهٔ سایت خاموش است).',
      newer: 'کارپوشهٔ این مرورگر با نسخهٔ تازه‌تری از شاخص‌های فروش ذخیره شده است؛ این صفحه آن را تغییر نمی‌دهد.',
      failed: 'فضای ذخیرهٔ مرورگر پاسخ نداد.',
    },
    notKept: 'ذخیره نشد: {reason} کار شما فقط در همین زبانه است؛ برای نگه داشتن نسخه‌ای، از آن خروجی بگیرید.',
    notRead: 'شاید کارپوشه‌ای در این مرورگر ذخیره شده باشد، اما خوانده نشد: {reason} باز نشد و چیزی روی آن نوشته نمی‌شود؛ برای تلاش دوباره صفحه را از نو بارگیری کنید. این نمونه است و کارهای اینجا ذخیره نمی‌شود.',
    damaged: '{count} تغییر ذخیره‌شده خوانده نشد و کنار گذاشته شد؛ بقیه همه اینجاست.',
    recovered: '{count} تغییری که درست پیش از بستن یا بارگیری دوبارهٔ یک زبانه انجام شده بود ذخیره شد.',
    reading: 'در حال خواندن {file}…',
    exporting: 'در حال خروجی گرفتن از کارپوشه…',
    adding: 'در حال افزودن {file} به کارپوشه: {percent}٪…',
    cancel: 'لغو',
    cancelled: 'لغو شد؛ چیزی تغییر نکرد.',
    notRestored: 'کارپوشهٔ ذخیره‌شده در این مرورگر باز نشد؛ همان‌جا دست‌نخورده می‌ماند و کارهای اکنون شما روی آن ذخیره نمی‌شود. این نمونه است.',
    exportFailed: 'خروجی گرفتن ممکن نشد: {reason}',
    localeSet: 'اعداد و تاریخ‌ها اکنون به شیوهٔ فارسی (ایران) نمایش داده می‌شوند: \u20661,234.5\u2069 و \u20662024/12/31\u2069. از منوی \u2066File › Settings\u2069 تغییر می‌کند.',
    workbooks: {
      button: 'کارپوشه‌ها',
      heading: 'کارپوشه‌های نگه‌داشته در این مرورگر',
      first: 'کارپوشهٔ من',
      untitled: 'کارپوشه',
      newWorkbook: 'کارپوشهٔ تازه',
      openNow: 'اکنون باز',
      rename: 'تغییر نام',
      save: 'ذخیره',
      duplicate: 'رونوشت',
      copyOf: '{name} (رونوشت)',
      delete: 'حذف',
      deletedHeading: 'حذف‌شده، نگه‌داشته تا حذف همیشگی',
      restore: 'بازگرداندن',
      forget: 'حذف همیشگی',
      forgetConfirm: '«{name}» برای همیشه حذف شود؟ دیگر بازنمی‌گردد.',
      deleted: '«{name}» حذف شد.',
      undo: 'واگرد',
      restored: '«{name}» بازگشت.',
      listFailed: 'فهرست کارپوشه‌ها تغییر نکرد: {reason}',
      valuesSuffix: ' (مقدارها)',
    },
    openAs: {
      ask: '{file} ممکن است کارپوشه باشد یا خروجی داده.',
      asWorkbook: 'به‌صورت کارپوشه‌ای جداگانه باز شود',
      asData: 'برگه‌هایش به همین کارپوشه افزوده شود',
      opened: '{file} به‌صورت کارپوشهٔ تازهٔ «{name}» باز شد. کارپوشه‌ای که باز بود در فهرست کارپوشه‌هاست.',
      droppedNames: 'نام‌هایی که نگه داشته نشدند (بازه‌ای از خانه‌ها نیستند): {names}.',
    },
    opened: {
      sheets: '{file} باز شد: {sheets}.',
      sheet: '{sheet} ({rows} ردیف)',
      emptySheets: 'برگه‌های خالی افزوده نشدند: {sheets}.',
      encoding: 'با رمزگذاری {encoding} خوانده شد.',
      encodings: { 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1253': 'یونانی (Windows-1253)', 'windows-1256': 'عربی و فارسی (Windows-1256)', 'windows-1252': 'غربی (Windows-1252)' },
      above: '{count} سطر عنوان بالای سرستون‌ها',
      below: '{count} سطر پانویس زیر داده‌ها',
      leftOut: 'کنار گذاشته شد: {lines}.',
      readings: {
        point: '{column} با ممیز نقطه ({example} یعنی {value})',
        comma: '{column} با ممیز ویرگول ({example} یعنی {value})',
        'day-first': '{column} با روز در آغاز ({example} یعنی {value})',
        'month-first': '{column} با ماه در آغاز ({example} یعنی {value})',
      },
      read: 'خوانده شد: {readings}.',
      guessed: 'خانه‌های این ستون به هر دو گونه خوانده می‌شوند، پس زبان صفحه تصمیم گرفت:',
      switchTo: {
        point: '{column} را با ممیز نقطه بخوان',
        comma: '{column} را با ممیز ویرگول بخوان',
        'day-first': '{column} را با روز در آغاز بخوان',
        'month-first': '{column} را با ماه در آغاز بخوان',
      },
      switched: 'اکنون خوانده شد: {reading}.',
      keptEdited: '{count} خانه که پس از باز کردن پرونده تغییر کرده بود دست‌نخورده ماند.',
    },
  },
  el: {
    title: 'Βιβλίο εργασίας δεικτών πωλήσεων',
    open: 'Άνοιγμα CSV ή XLSX…',
    export: 'Εξαγωγή .xlsx',
    exportValues: 'Εξαγωγή τιμών',
    exportValuesHint: 'Ένα .xlsx για συναδέλφους χωρίς το πρόσθετο Βασικοί δείκτες πωλήσεων: κάθε τύπος δείκτη αντικαθίσταται από το αποτέλεσμά του, όλοι οι άλλοι τύποι, ονόματα, μορφές και γραφήματα μένουν.',
    language: 'Γλώσσα',
    dropHint: 'Αφήστε εδώ ένα αρχείο CSV ή XLSX',
    imported: 'Άνοιξε το {file}: {rows} γραμμές στο φύλλο {sheet}.',
    badFile: 'Δεν ήταν δυνατό να ανοίξει το {file}: {reason} Δεν άλλαξε τίποτα.',
    reasons: {
      kind: 'ανοίγουν μόνο αρχεία .csv και .xlsx.',
      empty: 'το αρχείο δεν έχει γραμμές.',
      binary: 'δεν είναι αρχείο κειμένου CSV.',
      unreadable: 'δεν είναι αναγνώσιμο βιβλίο εργασίας XLSX.',
      tooBig: 'έχει περισσότερα από 2.000.000 κελιά.',
      tooWide: 'έχει περισσότερες από 18.278 στήλες, περισσότερες από όσες χωρά το πλέγμα.',
      bomb: 'θα αποσυμπιεζόταν σε πολύ περισσότερα απ\' όσα χωρά οποιοδήποτε υπολογιστικό φύλλο (βόμβα zip), γι\' αυτό δεν άνοιξε.',
    },
    storage: {
      quota: 'ο χώρος αποθήκευσης του προγράμματος περιήγησης για αυτή τη σελίδα είναι γεμάτος. Ελευθερώστε χώρο (ή διαγράψτε δεδομένα άλλων ιστότοπων) και η αποθήκευση συνεχίζεται μόνη της.',
      missing: 'αυτό το πρόγραμμα περιήγησης δεν δίνει στη σελίδα χώρο αποθήκευσης (ιδιωτικό παράθυρο ή απενεργοποιημένα δεδομένα ιστότοπων).',
      newer: 'το βιβλίο εργασίας σε αυτό το πρόγραμμα περιήγησης αποθηκεύτηκε από νεότερη έκδοση του Sales KPI· αυτή η σελίδα δεν το αλλάζει.',
      failed: 'ο χώρος αποθήκευσης του προγράμματος περιήγησης δεν απάντησε.',
    },
    notKept: 'Δεν αποθηκεύτηκε: {reason} Η εργασία σας υπάρχει μόνο σε αυτή την καρτέλα· κάντε εξαγωγή για να κρατήσετε αντίγραφο.',
    notRead: 'Ίσως υπάρχει αποθηκευμένο βιβλίο εργασίας σε αυτό το πρόγραμμα περιήγησης, αλλά δεν διαβάστηκε: {reason} Δεν άνοιξε και τίποτα δεν γράφεται πάνω του· φορτώστε ξανά τη σελίδα για νέα προσπάθεια. Αυτό είναι το δείγμα και ό,τι γίνεται εδώ δεν αποθηκεύεται.',
    damaged: '{count} αποθηκευμένες αλλαγές δεν διαβάστηκαν και παραλείφθηκαν· όλα τα άλλα είναι εδώ.',
    recovered: 'Αποθηκεύτηκαν {count} αλλαγές που έγιναν λίγο πριν κλείσει ή ξαναφορτωθεί μια καρτέλα.',
    reading: 'Ανάγνωση του {file}…',
    exporting: 'Εξαγωγή του βιβλίου εργασίας…',
    adding: 'Προσθήκη του {file} στο βιβλίο εργασίας: {percent}%…',
    cancel: 'Ακύρωση',
    cancelled: 'Ακυρώθηκε· δεν άλλαξε τίποτα.',
    notRestored: 'Το βιβλίο εργασίας που είναι αποθηκευμένο σε αυτό το πρόγραμμα περιήγησης δεν άνοιξε· μένει εκεί ανέγγιχτο και ό,τι κάνετε τώρα δεν αποθηκεύεται πάνω του. Αυτό είναι το δείγμα.',
    exportFailed: 'Η εξαγωγή απέτυχε: {reason}',
    localeSet: 'Οι αριθμοί και οι ημερομηνίες εμφανίζονται πλέον όπως στα ελληνικά: 1.234,5 και 31/12/2024, και στους τύπους τα ορίσματα χωρίζονται με ερωτηματικό (;). Αλλάζει από το μενού File › Settings.',
    workbooks: {
      button: 'Βιβλία εργασίας',
      heading: 'Βιβλία εργασίας σε αυτό το πρόγραμμα περιήγησης',
      first: 'Το βιβλίο εργασίας μου',
      untitled: 'Βιβλίο εργασίας',
      newWorkbook: 'Νέο βιβλίο εργασίας',
      openNow: 'ανοιχτό τώρα',
      rename: 'Μετονομασία',
      save: 'Αποθήκευση',
      duplicate: 'Αντίγραφο',
      copyOf: '{name} (αντίγραφο)',
      delete: 'Διαγραφή',
      deletedHeading: 'Διαγραμμένα, φυλάσσονται ως την οριστική διαγραφή',
      restore: 'Επαναφορά',
      forget: 'Οριστική διαγραφή',
      forgetConfirm: 'Οριστική διαγραφή του «{name}»; Δεν μπορεί να επανέλθει.',
      deleted: 'Το «{name}» διαγράφηκε.',
      undo: 'Αναίρεση',
      restored: 'Το «{name}» επανήλθε.',
      listFailed: 'Η λίστα των βιβλίων εργασίας δεν άλλαξε: {reason}',
      valuesSuffix: ' (τιμές)',
    },
    openAs: {
      ask: 'Το {file} μπορεί να είναι βιβλίο εργασίας ή εξαγωγή δεδομένων.',
      asWorkbook: 'Άνοιγμα ως ξεχωριστό βιβλίο εργασίας',
      asData: 'Προσθήκη των φύλλων του σε αυτό το βιβλίο εργασίας',
      opened: 'Το {file} άνοιξε ως νέο βιβλίο εργασίας, «{name}». Το βιβλίο εργασίας που ήταν ανοιχτό είναι στη λίστα των βιβλίων εργασίας.',
      droppedNames: 'Ονόματα που δεν κρατήθηκαν (δεν είναι περιοχή κελιών): {names}.',
    },
    opened: {
      sheets: 'Άνοιξε το {file}: {sheets}.',
      sheet: '{sheet} ({rows} γραμμές)',
      emptySheets: 'Δεν προστέθηκαν τα κενά φύλλα: {sheets}.',
      encoding: 'Διαβάστηκε ως {encoding}.',
      encodings: { 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1253': 'ελληνικά (Windows-1253)', 'windows-1256': 'αραβικά και περσικά (Windows-1256)', 'windows-1252': 'δυτικά (Windows-1252)' },
      above: '{count} γραμμή(ές) τίτλου πάνω από την κεφαλίδα',
      below: '{count} γραμμή(ές) υποσέλιδου κάτω από τα δεδομένα',
      leftOut: 'Παραλείφθηκαν {lines}.',
      readings: {
        point: '{column} με υποδιαστολή την τελεία ({example} είναι {value})',
        comma: '{column} με υποδιαστολή το κόμμα ({example} είναι {value})',
        'day-first': '{column} με πρώτη την ημέρα ({example} είναι {value})',
        'month-first': '{column} με πρώτο τον μήνα ({example} είναι {value})',
      },
      read: 'Διαβάστηκε {readings}.',
      guessed: 'Τα κελιά της διαβάζονται και με τους δύο τρόπους, οπότε αποφάσισε η γλώσσα της σελίδας:',
      switchTo: {
        point: 'Ανάγνωση του {column} με υποδιαστολή την τελεία',
        comma: 'Ανάγνωση του {column} με υποδιαστολή το κόμμα',
        'day-first': 'Ανάγνωση του {column} με πρώτη την ημέρα',
        'month-first': 'Ανάγνωση του {column} με πρώτο τον μήνα',
      },
      switched: 'Διαβάζεται πλέον {reading}.',
      keptEdited: '{count} κελί(ά) που άλλαξαν από το άνοιγμα του αρχείου έμειναν όπως είναι.',
    },
  },
};
