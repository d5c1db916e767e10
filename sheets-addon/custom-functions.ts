// The functions the generated Sheets stubs call: Sheets values in, core, Sheets values or a thrown Error out.
import { findKpi, runKpi, type CallContext } from '../core';
import { toSheetsResult, type SheetsCell } from './sheets-values';

/**
 * Apps Script hands date cells over as Date objects and reads them in the script's time zone,
 * which for an add-on is not the spreadsheet's. Dates are counted on the spreadsheet's wall
 * clock, so its zone is looked up once per call, and only when a Date argument is met.
 */
function sheetsContext(): Partial<CallContext> {
  let zone: string | undefined;
  let looked = false;
  return {
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
  return toSheetsResult(runKpi(def, Array.from(args), sheetsContext()));
}
