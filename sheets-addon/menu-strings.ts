// The add-on menu's labels in Sheets, in each language the product speaks (kept apart: the server bundle needs only these).
import type { Language } from '../core/translations';

export interface MenuStrings {
  readonly insertKpi: string;
  readonly insertTemplate: string;
  readonly reference: string;
  readonly help: string;
}

export const MENU_STRINGS: Readonly<Record<Language, MenuStrings>> = {
  en: { insertKpi: 'Insert a KPI…', insertTemplate: 'Insert the dashboard template', reference: 'Function reference', help: 'Help' },
  fa: { insertKpi: 'درج یک شاخص…', insertTemplate: 'درج قالب داشبورد', reference: 'راهنمای توابع', help: 'راهنما' },
  el: { insertKpi: 'Εισαγωγή δείκτη…', insertTemplate: 'Εισαγωγή προτύπου πίνακα ελέγχου', reference: 'Οδηγός συναρτήσεων', help: 'Βοήθεια' },
};
