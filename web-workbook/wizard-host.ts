// The KPI wizard's host adapter for the browser workbook: selection, used ranges, cells and writes on the o-spreadsheet model.
import { addressOrigin, blockAddress, type HostCell } from '../core';
import type { Language } from '../core/translations';
import { uniqueSheetName } from '../ui/sheet-names';
import { boundedAddress, isWholeLines } from '../ui/wizard/bounded-range';
import type { InsertedTemplate, RangeRef, RangeValues, SpillFormats, WizardHost } from '../ui/wizard/host';
import { addOwnDashboard, addTemplate, type WorkbookData } from './workbook-data';
import type { OwnMapping, OwnSheet } from '../ui/template/own-data';

interface Position { sheetId: string; col: number; row: number }
interface Zone { left: number; right: number; top: number; bottom: number }

/** The o-spreadsheet model, as much of it as the wizard uses. */
export interface WebModel {
  readonly getters: {
    getActiveSheetId(): string;
    getSelectedZone(): Zone;
    getSheetName(sheetId: string): string;
    getSheetIdByName(name: string): string | undefined;
    getSheetIds(): string[];
    getNumberRows(sheetId: string): number;
    getNumberCols(sheetId: string): number;
    getCells(sheetId: string): { id: number; content?: string; isFormula?: boolean }[];
    getCellPosition(cellId: number): Position;
    /** The text a cell holds; with showFormula, a formula cell's formula (formula cells have no `content`). */
    getCellText(position: Position, args?: { showFormula?: boolean }): string;
    getEvaluatedCell(position: Position): { value: unknown };
    getNamedRange(name: string): { range: { sheetId: string; zone: Zone } } | undefined;
  };
  dispatch(type: string, payload?: Record<string, unknown>): { isSuccessful?: boolean; reasons?: unknown[] };
  exportData(): WorkbookData;
}

/** What holds the model: the page replaces the workbook whole when the template goes in again. */
export interface WorkbookHolder {
  readonly model: WebModel;
  /** `build` makes the new workbook of the current one, and names the sheet to open. */
  replace(build: (current: WorkbookData) => { data: WorkbookData; activeSheet?: string }): Promise<void>;
}

const zoneAddress = (zone: Zone): string => blockAddress(zone.top, zone.left, zone.bottom, zone.right);

function addressZone(address: string): Zone {
  const [from, to = from] = address.split(':');
  const a = addressOrigin(from);
  const b = addressOrigin(to);
  if (!a || !b) throw new Error(`${address} is not a cell or range`);
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

/** A cell's value as the core reads it: blank as null, dates as serial day numbers, errors as their code. */
function cellValue(value: unknown): HostCell {
  return value === undefined || value === '' ? null : (value as HostCell);
}

export class WebWizardHost implements WizardHost {
  /** The browser workbook calls functions by their Sheets names (=NPS, =KPI_GROWTH), as the wizard writes them. */
  readonly kind = 'sheets' as const;

  constructor(private readonly workbook: WorkbookHolder) {}

  private get model(): WebModel {
    return this.workbook.model;
  }

  private sheetId(name: string): string {
    const id = this.model.getters.getSheetIdByName(name);
    if (!id) throw new Error(`There is no sheet named ${name}`);
    return id;
  }

  private values(sheetId: string, zone: Zone): HostCell[][] {
    const rows: HostCell[][] = [];
    for (let row = zone.top; row <= zone.bottom; row++) {
      const cells: HostCell[] = [];
      for (let col = zone.left; col <= zone.right; col++) cells.push(cellValue(this.model.getters.getEvaluatedCell({ sheetId, col, row }).value));
      rows.push(cells);
    }
    return rows;
  }

  /** The block from A1 (or the first filled cell) to the last filled cell of a sheet; A1 when it is empty. */
  private usedZone(sheetId: string): Zone | undefined {
    let zone: Zone | undefined;
    for (const cell of this.model.getters.getCells(sheetId)) {
      if (!cell.isFormula && (cell.content === undefined || cell.content === '')) continue;
      const { col, row } = this.model.getters.getCellPosition(cell.id);
      zone = zone
        ? { top: Math.min(zone.top, row), bottom: Math.max(zone.bottom, row), left: Math.min(zone.left, col), right: Math.max(zone.right, col) }
        : { top: row, bottom: row, left: col, right: col };
    }
    return zone;
  }

  private rangeValues(sheetId: string, zone: Zone): RangeValues {
    return { sheet: this.model.getters.getSheetName(sheetId), address: zoneAddress(zone), values: this.values(sheetId, zone) };
  }

  /** The selection; a whole column or row is cut to the sheet's used range, never read or written whole. */
  async getSelection(): Promise<RangeValues> {
    const sheetId = this.model.getters.getActiveSheetId();
    let zone = this.model.getters.getSelectedZone();
    const rows = this.model.getters.getNumberRows(sheetId);
    const cols = this.model.getters.getNumberCols(sheetId);
    const address = zoneAddress(zone);
    if (isWholeLines(address, rows, cols)) {
      const used = this.usedZone(sheetId);
      zone = addressZone(boundedAddress(address, used && zoneAddress(used), rows, cols));
    }
    return this.rangeValues(sheetId, zone);
  }

  async getUsedRange(sheet?: string): Promise<RangeValues> {
    const sheetId = sheet ? this.sheetId(sheet) : this.model.getters.getActiveSheetId();
    return this.rangeValues(sheetId, this.usedZone(sheetId) ?? { top: 0, bottom: 0, left: 0, right: 0 });
  }

  async readRange(ref: RangeRef): Promise<RangeValues> {
    return { ...ref, values: this.values(this.sheetId(ref.sheet), addressZone(ref.address)) };
  }

  async getCell(ref: RangeRef): Promise<{ formula: string; value: HostCell }> {
    const { top: row, left: col } = addressZone(ref.address);
    const position = { sheetId: this.sheetId(ref.sheet), col, row };
    const text = this.model.getters.getCellText(position, { showFormula: true });
    return { formula: text.startsWith('=') ? text : '', value: cellValue(this.model.getters.getEvaluatedCell(position).value) };
  }

  async writeFormula(ref: RangeRef, formula: string, numberFormat: string | undefined, spill?: SpillFormats): Promise<void> {
    const { top: row, left: col } = addressZone(ref.address);
    const sheetId = this.sheetId(ref.sheet);
    if (spill) {
      // A sheet too small for the table gets the columns and rows it needs, rather than a #SPILL!.
      const cols = this.model.getters.getNumberCols(sheetId);
      const rows = this.model.getters.getNumberRows(sheetId);
      const needCols = col + spill.formats.length - cols;
      const needRows = row + spill.rows - rows;
      const grow = { sheetId, sheetName: ref.sheet, position: 'after' };
      if (needCols > 0) this.model.dispatch('ADD_COLUMNS_ROWS', { ...grow, dimension: 'COL', base: cols - 1, quantity: needCols });
      if (needRows > 0) this.model.dispatch('ADD_COLUMNS_ROWS', { ...grow, dimension: 'ROW', base: rows - 1, quantity: needRows });
    }
    const result = this.model.dispatch('UPDATE_CELL', {
      sheetId, col, row, content: formula, ...(numberFormat === undefined ? {} : { format: numberFormat }),
    });
    if (result.isSuccessful === false) throw new Error(`The workbook refused the formula (${String(result.reasons)})`);
    spill?.formats.forEach((format, c) => {
      if (format === undefined) return;
      const target = [{ left: col + c, right: col + c, top: row, bottom: row + spill.rows - 1 }];
      this.model.dispatch('SET_FORMATTING', { sheetId, target, format });
    });
  }

  async createSheet(name: string): Promise<string> {
    const getters = this.model.getters;
    const unique = uniqueSheetName(name, getters.getSheetIds().map((id) => getters.getSheetName(id)));
    const taken = new Set(getters.getSheetIds());
    let n = taken.size + 1;
    while (taken.has(`sheet-${n}`)) n++;
    this.model.dispatch('CREATE_SHEET', { sheetId: `sheet-${n}`, position: taken.size, name: unique });
    return unique;
  }

  async namedRange(name: string): Promise<RangeRef | undefined> {
    const named = this.model.getters.getNamedRange(name);
    return named && { sheet: this.model.getters.getSheetName(named.range.sheetId), address: zoneAddress(named.range.zone) };
  }

  /** The template goes in as one batch of data (one evaluation), and the dashboard opens. */
  async insertTemplate(language: Language): Promise<InsertedTemplate> {
    let names!: ReturnType<typeof addTemplate>['names'];
    await this.workbook.replace((current) => {
      const added = addTemplate(current, language);
      names = added.names;
      return { data: added.data, activeSheet: names.dashboardSheet };
    });
    return { dashboard: names.dashboardSheet, sheets: Object.values(names.sheets) };
  }

  async buildDashboard(own: OwnSheet, mapping: OwnMapping, language: Language): Promise<InsertedTemplate> {
    let names!: ReturnType<typeof addOwnDashboard>['names'];
    await this.workbook.replace((current) => {
      const added = addOwnDashboard(current, own, mapping, language);
      names = added.names;
      return { data: added.data, activeSheet: names.dashboardSheet };
    });
    return { dashboard: names.dashboardSheet, sheets: [own.sheet] };
  }
}
