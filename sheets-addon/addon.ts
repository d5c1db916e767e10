// The add-on's server side in Apps Script: the menu, the sidebar, the help dialog and what the sidebar asks for.
import { dateObjectToDay, formatDay, type HostCell } from '../core';
import { languageOf, LANGUAGES } from '../core/translations';
import { chosenMessageLanguage, MESSAGE_LANGUAGE_PROPERTY } from './custom-functions';
import type { InsertedTemplate, RangeRef, RangeValues, SpillFormats } from '../ui/wizard/host';
import { uniqueSheetName } from '../ui/sheet-names';
import { boundedAddress, isWholeLines } from '../ui/wizard/bounded-range';
import { TEMPLATE_INSERTED } from '../ui/template/template-strings';
import { fill } from '../ui/wizard/wizard-strings';
import type { DashboardPlan } from '../ui/template/layout';
import { insertDashboardTemplate, takenTemplateNames, writePlannedDashboard } from './dashboard-template';
import { MENU_STRINGS } from './menu-strings';

const TITLE = 'Sales KPI';

/**
 * The user's locale ("fa", "el_GR", …). In the no-authorization mode of onOpen, before the add-on is
 * authorized in this document, Apps Script may refuse it; the menu then shows in English.
 */
function userLocale(): string | undefined {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return undefined;
  }
}

/** Builds the add-on menu. Uses nothing that needs authorization, so it works in AuthMode.NONE. */
export function onOpen(): void {
  const menu = MENU_STRINGS[languageOf(userLocale())];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menu.insertKpi, 'showKpiWizard')
    .addItem(menu.insertTemplate, 'showDashboardTemplate')
    .addSeparator()
    .addItem(menu.reference, 'showFunctionReference')
    .addItem(menu.help, 'showHelp')
    .addToUi();
}

/** Installing from the Marketplace runs onInstall, not onOpen, in the open document. */
export function onInstall(): void {
  onOpen();
}

function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle(TITLE));
}

export function showFunctionReference(): void {
  showSidebar();
}

/** The sidebar opens on the KPI wizard. */
export function showKpiWizard(): void {
  showSidebar();
}

/** The menu's one click: inserts the template in the user's language, opens it and says so in a toast. */
export function showDashboardTemplate(): void {
  const language = languageOf(userLocale());
  const inserted = insertDashboardTemplate(language);
  SpreadsheetApp.getActiveSpreadsheet().toast(fill(TEMPLATE_INSERTED[language], { sheet: inserted.dashboard }), TITLE);
}

export function showHelp(): void {
  SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutputFromFile('help').setWidth(480).setHeight(560), TITLE);
}

/** Called by the sidebar through google.script.run: what it needs to render in the user's language. */
export function getSidebarContext(): { locale: string } {
  return { locale: userLocale() ?? 'en' };
}

// ---------------------------------------------------------------- the wizard's host, server side

/**
 * Cells as google.script.run can carry them: it refuses Date objects, so a date goes as ISO text on
 * the spreadsheet's clock (2024-03-05, or 2024-03-05 09:30 with a time), which the core reads back.
 */
function transferable(values: unknown[][], timeZone: string): HostCell[][] {
  return values.map((row) => row.map((cell) => (cell instanceof Date ? formatDay(dateObjectToDay(cell, timeZone)) : (cell as HostCell))));
}

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function rangeOf(ref: RangeRef): GoogleAppsScript.Spreadsheet.Range {
  const sheet = spreadsheet().getSheetByName(ref.sheet);
  if (!sheet) throw new Error(`There is no sheet named ${ref.sheet}`);
  return sheet.getRange(ref.address);
}

function rangeValues(range: GoogleAppsScript.Spreadsheet.Range): RangeValues {
  return {
    sheet: range.getSheet().getName(),
    address: range.getA1Notation(),
    values: transferable(range.getValues(), spreadsheet().getSpreadsheetTimeZone()),
  };
}

/** The selection; a whole column or row is cut to the sheet's data range, never read or written whole. */
export function wizardGetSelection(): RangeValues {
  const selected = spreadsheet().getActiveRange()!;
  const sheet = selected.getSheet();
  const address = selected.getA1Notation();
  if (!isWholeLines(address, sheet.getMaxRows(), sheet.getMaxColumns())) return rangeValues(selected);
  const used = sheet.getLastRow() === 0 ? undefined : sheet.getDataRange().getA1Notation();
  return rangeValues(sheet.getRange(boundedAddress(address, used, sheet.getMaxRows(), sheet.getMaxColumns())));
}

export function wizardGetUsedRange(sheet?: string): RangeValues {
  const target = sheet ? spreadsheet().getSheetByName(sheet) : spreadsheet().getActiveSheet();
  if (!target) throw new Error(`There is no sheet named ${sheet}`);
  return rangeValues(target.getDataRange());
}

export function wizardReadRange(ref: RangeRef): RangeValues {
  return { ...ref, values: rangeValues(rangeOf(ref)).values };
}

export function wizardGetCell(ref: RangeRef): { formula: string; value: HostCell } {
  const range = rangeOf(ref);
  return { formula: range.getFormula(), value: transferable([[range.getValue()]], spreadsheet().getSpreadsheetTimeZone())[0][0] };
}

/** setFormula takes the locale-independent syntax: English names, commas, a dot for decimals. */
export function wizardWriteFormula(ref: RangeRef, formula: string, numberFormat?: string, spill?: SpillFormats): void {
  const range = rangeOf(ref);
  range.setFormula(formula);
  if (numberFormat !== undefined && numberFormat !== null) range.setNumberFormat(numberFormat);
  // A table's columns each in their format, over the rows it spills into.
  spill?.formats.forEach((format, c) => {
    if (format !== undefined && format !== null) range.offset(0, c, spill.rows, 1).setNumberFormat(format);
  });
}

export function wizardCreateSheet(name: string): string {
  const unique = uniqueSheetName(name, spreadsheet().getSheets().map((sheet) => sheet.getName()));
  spreadsheet().insertSheet(unique);
  return unique;
}

/** The language of this spreadsheet's error messages, as chosen in the sidebar ("" when it follows the locale). */
export function messageLanguageGet(): string {
  return chosenMessageLanguage() ?? '';
}

/** Keeps the language of this spreadsheet's error messages with the document, where the functions read it; "" follows the locale. */
export function messageLanguageSet(language: string): void {
  const properties = PropertiesService.getDocumentProperties();
  if (language === '') properties.deleteProperty(MESSAGE_LANGUAGE_PROPERTY);
  else if ((LANGUAGES as readonly string[]).includes(language)) properties.setProperty(MESSAGE_LANGUAGE_PROPERTY, language);
  else throw new Error(`${language} is not a language of Sales KPI`);
}

/** The sidebar's "Insert the dashboard template" button, in the language the sidebar shows. */
export function templateInsert(locale: string): InsertedTemplate {
  return insertDashboardTemplate(languageOf(locale));
}

/** What the sidebar plans a dashboard over the user's own sheet with: the names taken. */
export function templateTakenNames(): { sheets: string[]; names: string[] } {
  return takenTemplateNames();
}

/** Writes the dashboard the sidebar planned over the user's own sheet. */
export function templateWriteDashboard(plan: DashboardPlan): InsertedTemplate {
  return writePlannedDashboard(plan);
}

/** Every function Apps Script or the sidebar calls by name: each becomes a top-level function in the bundle. */
export const SERVER_FUNCTIONS = {
  onOpen, onInstall, showFunctionReference, showKpiWizard, showDashboardTemplate, showHelp, getSidebarContext,
  wizardGetSelection, wizardGetUsedRange, wizardReadRange, wizardGetCell, wizardWriteFormula, wizardCreateSheet, templateInsert,
  templateTakenNames, templateWriteDashboard,
  messageLanguageGet, messageLanguageSet,
};
