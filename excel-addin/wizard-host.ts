// The KPI wizard's host adapter for Excel: selection, used ranges, cells and writes through Excel.run.
import type { HostCell } from '../core';
import type { Language } from '../core/translations';
import { uniqueSheetName } from '../ui/sheet-names';
import { boundedAddress, isWholeLines } from '../ui/wizard/bounded-range';
import type { InsertedTemplate, RangeRef, RangeValues, SpillFormats, WizardHost } from '../ui/wizard/host';
import { markWorkbookForTeammates } from './auto-open';
import { splitAddress } from './blank-cells';
import { buildOwnDashboard, insertDashboardTemplate } from './dashboard-template';
import type { OwnMapping, OwnSheet } from '../ui/template/own-data';

type ExcelApi = Pick<typeof Excel, 'run'>;

/** "Deals!B2:C9" as Excel reports a range's address, split into a sheet and a local address. */
function rangeRef(address: string, fallbackSheet = ''): RangeRef {
  const { sheet, local } = splitAddress(address);
  return { sheet: sheet ?? fallbackSheet, address: local };
}

export class ExcelWizardHost implements WizardHost {
  readonly kind = 'excel' as const;

  /**
   * `markForTeammates` runs after the template goes in: by default it sets the workbook to load the
   * add-in's functions and open the task pane for everyone who opens it (a template is made to be shared).
   */
  constructor(
    private readonly excel: ExcelApi = Excel,
    private readonly markForTeammates: () => Promise<void> = () => markWorkbookForTeammates(),
  ) {}

  /** The selection; a whole column or row (B:B) is cut to the sheet's used range, never read or written whole. */
  getSelection(): Promise<RangeValues> {
    return this.excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      await context.sync();
      let range = selected;
      if (isWholeLines(rangeRef(selected.address).address)) {
        const used = selected.worksheet.getUsedRangeOrNullObject(true).load('address');
        await context.sync();
        const bounded = boundedAddress(rangeRef(selected.address).address, used.isNullObject ? undefined : rangeRef(used.address).address);
        range = selected.worksheet.getRange(bounded).load('address');
      }
      range.load('values');
      await context.sync();
      return { ...rangeRef(range.address), values: range.values as HostCell[][] };
    });
  }

  getUsedRange(sheet?: string): Promise<RangeValues> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const worksheet = sheet ? sheets.getItem(sheet) : sheets.getActiveWorksheet();
      const range = worksheet.getUsedRange().load(['address', 'values']);
      await context.sync();
      return { ...rangeRef(range.address, sheet), values: range.values as HostCell[][] };
    });
  }

  readRange(ref: RangeRef): Promise<RangeValues> {
    return this.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address).load('values');
      await context.sync();
      return { ...ref, values: range.values as HostCell[][] };
    });
  }

  getCell(ref: RangeRef): Promise<{ formula: string; value: HostCell }> {
    return this.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address).load(['formulas', 'values']);
      await context.sync();
      const formula = range.formulas[0][0];
      return { formula: typeof formula === 'string' && formula.startsWith('=') ? formula : '', value: range.values[0][0] as HostCell };
    });
  }

  /** `formulas` is Excel's locale-independent property: English names, commas, a dot for decimals. */
  writeFormula(ref: RangeRef, formula: string, numberFormat: string | undefined, spill?: SpillFormats): Promise<void> {
    return this.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address);
      range.formulas = [[formula]];
      if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
      spill?.formats.forEach((format, c) => {
        if (format === undefined) return;
        range.getOffsetRange(0, c).getResizedRange(spill.rows - 1, 0).numberFormat = Array.from({ length: spill.rows }, () => [format]);
      });
      await context.sync();
    });
  }

  createSheet(name: string): Promise<string> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const unique = uniqueSheetName(name, sheets.items.map((sheet) => sheet.name));
      sheets.add(unique);
      await context.sync();
      return unique;
    });
  }

  async buildDashboard(own: OwnSheet, mapping: OwnMapping, language: Language): Promise<InsertedTemplate> {
    const built = await buildOwnDashboard(own, mapping, language, this.excel);
    await this.markForTeammates();
    return built;
  }

  async insertTemplate(language: Language): Promise<InsertedTemplate> {
    const inserted = await insertDashboardTemplate(language, this.excel);
    await this.markForTeammates();
    return inserted;
  }
}
