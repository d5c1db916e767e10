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
  },
  fa: {
    tab: 'داشبورد',
    intro: 'یک داشبورد آمادهٔ شاخص‌ها روی داده‌های نمونهٔ CRM: برگه‌های Deals، Leads، Orders، Survey و Spend، فرمول‌های شاخص، جدول‌ها و نمودارها. روی برگه‌های تازه ساخته می‌شود و چیزی از داده‌های فعلی تغییر نمی‌کند.',
    replace: 'سپس سطرهای نمونه را با داده‌های خودتان جایگزین کنید؛ فرمول‌ها و نمودارها به‌روز می‌شوند.',
    button: 'درج قالب داشبورد',
    working: 'در حال درج داشبورد…',
    sharing: 'هم‌تیمی‌هایی که افزونهٔ شاخص‌های کلیدی فروش را دارند، با باز کردن این کارپوشه توابع آن را در اختیار دارند؛ و هرجا نصبشان اجازه دهد، این پنل برایشان خودکار باز می‌شود.',
  },
  el: {
    tab: 'Πίνακας ελέγχου',
    intro: 'Ένας έτοιμος πίνακας ελέγχου δεικτών με δείγμα δεδομένων CRM: τα φύλλα Deals, Leads, Orders, Survey και Spend, τύποι δεικτών, πίνακες και γραφήματα. Μπαίνει σε νέα φύλλα· τίποτα από όσα υπάρχουν ήδη δεν αλλάζει.',
    replace: 'Έπειτα αντικαταστήστε τις γραμμές του δείγματος με τα δικά σας δεδομένα: οι τύποι και τα γραφήματα ενημερώνονται αυτόματα.',
    button: 'Εισαγωγή προτύπου πίνακα ελέγχου',
    working: 'Εισαγωγή του πίνακα ελέγχου…',
    sharing: 'Οι συνάδελφοι που έχουν εγκατεστημένο το πρόσθετο Βασικοί δείκτες πωλήσεων έχουν τις συναρτήσεις του μόλις ανοίξουν αυτό το βιβλίο εργασίας· όπου το επιτρέπει η εγκατάστασή τους, αυτό το παράθυρο ανοίγει και μόνο του.',
  },
};
