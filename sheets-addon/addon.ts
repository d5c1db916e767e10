// The add-on's server side in Apps Script: the menu, the sidebar, the help dialog and what the sidebar asks for.
import { languageOf } from '../core/translations';
import { UI_STRINGS } from '../ui/ui-strings';

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
  const menu = UI_STRINGS[languageOf(userLocale())].menu;
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

/** The KPI wizard (a later issue) opens in the sidebar. */
export function showKpiWizard(): void {
  showSidebar();
}

/** The dashboard template (a later issue) is offered from the sidebar. */
export function showDashboardTemplate(): void {
  showSidebar();
}

export function showHelp(): void {
  SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutputFromFile('help').setWidth(480).setHeight(560), TITLE);
}

/** Called by the sidebar through google.script.run: what it needs to render in the user's language. */
export function getSidebarContext(): { locale: string } {
  return { locale: userLocale() ?? 'en' };
}

/** Every function Apps Script or the sidebar calls by name: each becomes a top-level function in the bundle. */
export const SERVER_FUNCTIONS = {
  onOpen, onInstall, showFunctionReference, showKpiWizard, showDashboardTemplate, showHelp, getSidebarContext,
};
