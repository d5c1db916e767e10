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
}

export const UI_STRINGS: Readonly<Record<Language, UiStrings>> = {
  en: {
    subtitle: 'B2B sales KPI functions for your workbook',
    referenceTab: 'Function reference',
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
    subtitle: 'توابع شاخص‌های کلیدی عملکرد فروش B2B برای کاربرگ شما',
    referenceTab: 'راهنمای توابع',
    hint: {
      excel: 'در یک سلول {formula} را تایپ کنید تا همهٔ توابع را ببینید. نرخ‌ها به‌صورت کسر برمی‌گردند: قالب سلول را درصد کنید.',
      sheets: 'تابع را در یک سلول تایپ کنید، مثلاً {formula}. نرخ‌ها به‌صورت کسر برمی‌گردند: قالب سلول را درصد کنید.',
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
    },
  },
  el: {
    subtitle: 'Συναρτήσεις KPI πωλήσεων B2B για το βιβλίο εργασίας σας',
    referenceTab: 'Οδηγός συναρτήσεων',
    hint: {
      excel: 'Πληκτρολογήστε {formula} σε ένα κελί για να δείτε όλες τις συναρτήσεις. Τα ποσοστά επιστρέφονται ως κλάσματα: μορφοποιήστε το κελί ως ποσοστό.',
      sheets: 'Πληκτρολογήστε μια συνάρτηση σε ένα κελί, για παράδειγμα {formula}. Τα ποσοστά επιστρέφονται ως κλάσματα: μορφοποιήστε το κελί ως ποσοστό.',
    },
    arguments: 'Ορίσματα',
    optional: 'προαιρετικό',
    example: 'Παράδειγμα',
    returnsTable: 'Επιστρέφει πίνακα χωρίς γραμμή επικεφαλίδων.',
    groups: {
      funnel: 'Χωνί πωλήσεων και μετατροπές',
      pipeline: 'Ροή ευκαιριών (pipeline)',
      sources: 'Πηγές και μείγμα',
      economics: 'Οικονομικά πελατών',
      revenue: 'Έσοδα και κερδοφορία',
      loyalty: 'Αφοσίωση και ικανοποίηση',
    },
  },
};
