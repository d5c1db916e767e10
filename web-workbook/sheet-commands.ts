// A sheet of o-spreadsheet data as the model's own commands, dispatched as one undoable step by a plugin of ours.
import type { SheetData, WorkbookData } from './workbook-data';

export interface EngineCommand {
  readonly type: string;
  readonly [key: string]: unknown;
}

interface Zone { left: number; right: number; top: number; bottom: number }

/** Our commands: a whole new sheet, or commands recovered from a closed tab's journal, each one step of the history. */
export const ADD_SHEET = 'SALES_KPI_ADD_SHEET';
export const MAKE_AGAIN = 'SALES_KPI_MAKE_AGAIN';

/**
 * The core commands that build `sheet` (taken from `data`'s style and format tables) as a new sheet at
 * `position` under the id `sheetId`: the sheet, its cells, styles and formats by zone, and its frozen rows.
 */
export function sheetCommands(data: WorkbookData, sheet: SheetData, sheetId: string, position: number, toZone: (xc: string) => Zone): EngineCommand[] {
  const commands: EngineCommand[] = [{ type: 'CREATE_SHEET', sheetId, position, name: sheet.name, rows: sheet.rowNumber, cols: sheet.colNumber }];
  for (const [xc, content] of Object.entries(sheet.cells)) {
    const zone = toZone(xc);
    commands.push({ type: 'UPDATE_CELL', sheetId, col: zone.left, row: zone.top, content });
  }
  for (const [xc, id] of Object.entries(sheet.styles)) commands.push({ type: 'SET_FORMATTING', sheetId, target: [toZone(xc)], style: data.styles[id] });
  for (const [xc, id] of Object.entries(sheet.formats)) commands.push({ type: 'SET_FORMATTING', sheetId, target: [toZone(xc)], format: data.formats[id] });
  if (sheet.panes?.ySplit) commands.push({ type: 'FREEZE_ROWS', sheetId, quantity: sheet.panes.ySplit });
  return commands;
}

interface PluginBase {
  dispatch(type: string, payload: Record<string, unknown>): unknown;
  getters: { getActiveSheetId(): string };
}

/**
 * The o-spreadsheet feature plugin that runs our two commands: each dispatches its core commands inside
 * one root command, so the model keeps them as one revision and one undo step.
 */
export function sheetCommandsPlugin(UIPlugin: new (...args: never[]) => object): unknown {
  const Base = UIPlugin as unknown as new (...args: unknown[]) => PluginBase;
  return class SalesKpiSheetCommands extends Base {
    static getters = [];
    static layers = [];
    handle(command: { type: string; commands?: EngineCommand[]; activate?: string }): void {
      if (command.type !== ADD_SHEET && command.type !== MAKE_AGAIN) return;
      for (const { type, ...payload } of command.commands ?? []) this.dispatch(type, payload);
      if (command.activate) this.dispatch('ACTIVATE_SHEET', { sheetIdFrom: this.getters.getActiveSheetId(), sheetIdTo: command.activate });
    }
  };
}
