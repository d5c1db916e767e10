// JALALI: the Solar Hijri (Jalali) date of a date, or one part of it.
import { JALALI_MONTH_NAMES, jalaliParts } from '../calendar';
import { defineKpi } from '../define';
import { checkCalendarRange } from './period-args';

const pad = (n: number) => String(n).padStart(2, '0');

export const jalali = defineKpi({
  id: 'JALALI',
  group: 'periods',
  summary: 'The Solar Hijri (Jalali) form of a date: the date as text 1403/01/15, or its year, month, day, quarter or month name.',
  formula: 'the Solar Hijri calendar (the jalaali-js algorithm, Nowruz on the March equinox)',
  params: [
    { name: 'date', kind: 'date', description: 'A date: a date cell, 2024-03-20, or Jalali text such as 1403/01/01.' },
    {
      name: 'part', kind: 'text', optional: true,
      description: '"date" (default) gives text 1403/01/15; "year", "month", "day" and "quarter" give numbers; "month_name" gives the Persian month name.',
      choices: {
        date: ['تاریخ', 'ημερομηνία'],
        year: ['سال', 'έτος'],
        month: ['ماه', 'μήνας'],
        day: ['روز', 'ημέρα'],
        quarter: ['فصل', 'τρίμηνο'],
        month_name: ['month name', 'monthname', 'نام ماه', 'όνομα μήνα'],
      },
    },
  ],
  result: 'text',
  errors: [
    { kind: 'value', when: 'the date is not a date, or the part is not one of date, year, month, day, quarter, month_name' },
    { kind: 'num', when: 'the date is past the last day the Solar Hijri calendar is defined for (3177/12/29, in the year 3799)' },
  ],
  examples: [
    { formula: 'JALALI(DATE(2024,3,20))', args: [45371], result: '1403/01/01' },
    { formula: 'JALALI(DATE(2025,3,20))', args: [45736], result: '1403/12/30', note: '1403 is a leap year.' },
    { formula: 'JALALI(DATE(2025,3,21))', args: [45737], result: '1404/01/01' },
    { formula: 'JALALI(DATE(2024,1,15), "month_name")', args: [45306, 'month_name'], result: 'دی' },
    { formula: 'JALALI(DATE(2024,1,15), "quarter")', args: [45306, 'quarter'], result: 4 },
  ],
  compute: (date, part) => {
    const outside = checkCalendarRange('jalali', date, 'date');
    if (outside) return outside;
    const { year, month, day } = jalaliParts(date);
    switch (part ?? 'date') {
      case 'year': return year;
      case 'month': return month;
      case 'day': return day;
      case 'quarter': return Math.ceil(month / 3);
      case 'month_name': return JALALI_MONTH_NAMES[month - 1];
      default: return `${year}/${pad(month)}/${pad(day)}`;
    }
  },
});
