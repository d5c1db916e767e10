// The functions the generated Sheets stubs call: Sheets values in, core, Sheets values or a thrown Error out.
import { findKpi, runKpi, type CallContext } from '../core';
import { renderValue } from '../core/messages/render';
import { languageOf, LANGUAGES, type Language } from '../core/translations';
import { toSheetsResult, type SheetsCell } from './sheets-values';

/** The document property that keeps the language of this spreadsheet's messages, as chosen in the sidebar. */
export const MESSAGE_LANGUAGE_PROPERTY = 'salesKpi.messageLanguage';

/** The language chosen for this spreadsheet in the sidebar, if any. */
export function chosenMessageLanguage(): Language | undefined {
  try {
    const chosen = PropertiesService.getDocumentProperties()?.getProperty(MESSAGE_LANGUAGE_PROPERTY);
    return chosen && (LANGUAGES as readonly string[]).includes(chosen) ? (chosen as Language) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of a cell's messages: the one chosen in the sidebar (Sheets has no Iranian locale, so a
 * Persian team chooses it there), else the spreadsheet's locale (el_GR: Greek), else English.
 */
export function sheetsLanguage(): Language {
  const chosen = chosenMessageLanguage();
  if (chosen) return chosen;
  try {
    return languageOf(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/**
 * Apps Script hands date cells over as Date objects and reads them in the script's time zone,
 * which for an add-on is not the spreadsheet's. Dates are counted on the spreadsheet's wall
 * clock, so its zone is looked up once per call, and only when a Date argument is met.
 */
function sheetsContext(): Partial<CallContext> {
  let zone: string | undefined;
  let looked = false;
  return {
    // A label a table carries ("(none)" in BY_SOURCE), in the language of the messages.
    renderLabel: (label) => renderValue(label, sheetsLanguage()),
    get timeZone() {
      if (!looked) {
        looked = true;
        try {
          const spreadsheetZone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
          zone = spreadsheetZone && spreadsheetZone !== Session.getScriptTimeZone() ? spreadsheetZone : undefined;
        } catch {
          zone = undefined;
        }
      }
      return zone;
    },
  };
}

/** Runs the KPI `id` on the arguments of a Sheets custom function call. */
export function callFromSheets(id: string, args: ArrayLike<unknown>): SheetsCell | SheetsCell[][] {
  const def = findKpi(id);
  if (!def) throw new Error(`${id} is not a Sales KPI function`);
  return toSheetsResult(runKpi(def, Array.from(args), sheetsContext()), sheetsLanguage);
}
