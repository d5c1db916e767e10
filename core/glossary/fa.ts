// The Persian glossary: the one term a sales professional uses for each concept, in every Persian text of the product.
import type { GlossaryEntry } from './types';

export const GLOSSARY_FA: readonly GlossaryEntry[] = [
  { concept: 'win rate', term: 'نرخ موفقیت معاملات', avoid: ['نرخ برد'] },
  { concept: 'won deal', term: 'معاملهٔ موفق', avoid: ['معاملهٔ برنده', 'معامله‌های برنده', 'معاملات برنده', 'برنده نشده', 'برنده می‌شوند'] },
  { concept: 'lost deal', term: 'ناموفق', avoid: ['ازدست‌رفته', 'از دست رفته', 'بازنده'] },
  { concept: 'pipeline', term: 'پایپ‌لاین فروش', avoid: ['کاریز', 'سرعت پایپ‌لاین،'] },
  { concept: 'funnel', term: 'قیف فروش', avoid: ['قیف‌فروش'] },
  { concept: 'lead', term: 'سرنخ', avoid: [] },
  { concept: 'promoters', term: 'مروجان', avoid: ['تبلیغ‌کنندگان', 'ترویج‌کنندگان'] },
  { concept: 'passives', term: 'منفعل‌ها', avoid: ['بی‌طرف‌ها', 'بی‌طرفان'] },
  { concept: 'detractors', term: 'منتقدان', avoid: ['مخالفان'] },
  { concept: 'sales rep', term: 'کارشناس فروش', avoid: ['فروشنده', 'نماینده فروش'] },
  { concept: 'workbook', term: 'کارپوشه', avoid: ['کاربرگ'] },
  { concept: 'dashboard', term: 'داشبورد', avoid: [] },
  { concept: 'churn', term: 'ریزش', avoid: [] },
  { concept: 'cohort', term: 'هم‌گروه', avoid: [] },
  { concept: 'MQL', term: 'سرنخ‌های واجد شرایط بازاریابی', avoid: [] },
  { concept: 'SQL', term: 'واجد شرایط فروش', avoid: [] },
  { concept: 'recency', term: 'تازگی خرید', avoid: ['تازگی آخرین خرید'] },
  { concept: 'frequency', term: 'تعداد دفعات خرید', avoid: ['تکرار خرید'] },
  { concept: 'monetary', term: 'ارزش پولی', avoid: ['مبلغ خرید'] },
  { concept: 'rate as a decimal', term: 'عدد اعشاری', avoid: ['به‌صورت کسر'] },
];
