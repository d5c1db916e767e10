// An in-memory WizardHost: sheets of cells addressed in A1 notation, recording what the wizard writes.
import type { OwnMapping, OwnSheet } from '../../../ui/template/own-data';
import type { HostCell } from '../../../core';
import type { Host } from '../../../ui/function-reference';
import { uniqueSheetName } from '../../../ui/sheet-names';
import type { Language } from '../../../core/translations';
import type { InsertedTemplate, RangeRef, RangeValues, SpillFormats, WizardHost } from '../../../ui/wizard/host';

export function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** [first row, first column, last row, last column], 0-based; open ends run to the sheet's last row. */
export function bounds(address: string, rows: number): [number, number, number, number] {
  const [from, to = from] = address.split(':');
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d*)$/.exec(a)!;
    return { col: column(m[1]), row: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const a = parse(from);
  const b = parse(to);
  return [a.row ?? 0, a.col, b.row ?? rows - 1, b.col];
}

export class FakeHost implements WizardHost {
  readonly written: { ref: RangeRef; formula: string; numberFormat: string | undefined; spill?: SpillFormats }[] = [];
  readonly formulas = new Map<string, string>();

  constructor(readonly kind: Host, readonly sheets: Record<string, HostCell[][]>, readonly selection: RangeRef = { sheet: Object.keys(sheets)[0], address: 'A1' }) {}

  async getSelection(): Promise<RangeValues> {
    return this.readRange(this.selection);
  }

  async getUsedRange(sheet = this.selection.sheet): Promise<RangeValues> {
    const cells = this.sheets[sheet];
    const last = String.fromCharCode(64 + Math.max(...cells.map((row) => row.length)));
    return { sheet, address: `A1:${last}${cells.length}`, values: cells };
  }

  async readRange(ref: RangeRef): Promise<RangeValues> {
    const cells = this.sheets[ref.sheet];
    const [r0, c0, r1, c1] = bounds(ref.address, cells.length);
    const values: HostCell[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: HostCell[] = [];
      for (let c = c0; c <= c1; c++) row.push(cells[r]?.[c] ?? (this.kind === 'excel' ? null : ''));
      values.push(row);
    }
    return { ...ref, values };
  }

  async getCell(ref: RangeRef): Promise<{ formula: string; value: HostCell }> {
    const value = (await this.readRange(ref)).values[0][0];
    return { formula: this.formulas.get(`${ref.sheet}!${ref.address}`) ?? '', value };
  }

  async writeFormula(ref: RangeRef, formula: string, numberFormat: string | undefined, spill?: SpillFormats): Promise<void> {
    this.written.push(spill ? { ref, formula, numberFormat, spill } : { ref, formula, numberFormat });
    this.formulas.set(`${ref.sheet}!${ref.address}`, formula);
  }

  async createSheet(name: string): Promise<string> {
    const unique = uniqueSheetName(name, Object.keys(this.sheets));
    this.sheets[unique] = [];
    return unique;
  }

  /** The languages the template was asked for; a failure to report when `templateFailure` is set. */
  readonly templates: Language[] = [];
  templateFailure?: string;

  async insertTemplate(language: Language): Promise<InsertedTemplate> {
    if (this.templateFailure) throw new Error(this.templateFailure);
    this.templates.push(language);
    const dashboard = await this.createSheet('Dashboard');
    return { dashboard, sheets: ['Deals', 'Leads', 'Orders', 'Survey', 'Spend'] };
  }

  /** The dashboards asked for over the user's own sheet, as the pane confirmed them. */
  readonly ownDashboards: { own: OwnSheet; mapping: OwnMapping; language: Language }[] = [];

  async buildDashboard(own: OwnSheet, mapping: OwnMapping, language: Language): Promise<InsertedTemplate> {
    if (this.templateFailure) throw new Error(this.templateFailure);
    this.ownDashboards.push({ own, mapping, language });
    const dashboard = await this.createSheet('Dashboard');
    return { dashboard, sheets: [own.sheet] };
  }
}
