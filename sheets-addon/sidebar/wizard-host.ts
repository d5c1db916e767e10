// The KPI wizard's host adapter for Sheets, in the sidebar: each call goes to a server function through google.script.run.
import type { HostCell } from '../../core';
import type { Language } from '../../core/translations';
import type { InsertedTemplate, RangeRef, RangeValues, SpillFormats, WizardHost } from '../../ui/wizard/host';
import { openEndedRange } from '../../ui/wizard/formula';
import type { DataSheetKey } from '../../ui/template/sample-data';
import type { DashboardPlan } from '../../ui/template/layout';
import { fieldKey, planOwnDashboard, type OwnMapping, type OwnSheet } from '../../ui/template/own-data';
import { freeTemplateNames } from '../../ui/template/template-names';

/** google.script.run as the sidebar sees it: handlers, then any top-level server function by name. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

export class SheetsWizardHost implements WizardHost {
  readonly kind = 'sheets' as const;

  constructor(private readonly run: ScriptRunner) {}

  private call<T>(name: string, ...args: unknown[]): Promise<T> {
    return new Promise((resolve, reject) => {
      const runner = this.run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler(reject);
      (runner[name] as (...a: unknown[]) => void)(...args);
    });
  }

  getSelection(): Promise<RangeValues> {
    return this.call('wizardGetSelection');
  }

  getUsedRange(sheet?: string): Promise<RangeValues> {
    return this.call('wizardGetUsedRange', sheet);
  }

  readRange(ref: RangeRef): Promise<RangeValues> {
    return this.call('wizardReadRange', ref);
  }

  getCell(ref: RangeRef): Promise<{ formula: string; value: HostCell }> {
    return this.call('wizardGetCell', ref);
  }

  writeFormula(ref: RangeRef, formula: string, numberFormat: string | undefined, spill?: SpillFormats): Promise<void> {
    return this.call('wizardWriteFormula', ref, formula, numberFormat, spill);
  }

  createSheet(name: string): Promise<string> {
    return this.call('wizardCreateSheet', name);
  }

  insertTemplate(language: Language): Promise<InsertedTemplate> {
    return this.call('templateInsert', language);
  }

  /**
   * Plans the dashboard here, in the sidebar (the planner stays out of the scripts Apps Script parses on
   * every custom-function call), under names free in the spreadsheet, and has the server write it. Its
   * formulas read the user's columns open-ended (`'Deals 2024'!E2:E`): Sheets grows those with the rows.
   */
  async buildDashboard(own: OwnSheet, mapping: OwnMapping, language: Language): Promise<InsertedTemplate> {
    const taken = await this.call<{ sheets: string[]; names: string[] }>('templateTakenNames');
    const names = freeTemplateNames(taken.sheets, taken.names, language);
    const refStyle = (sheet: DataSheetKey, column: string) => openEndedRange(own.sheet, mapping.fields[fieldKey({ sheet, column })], own.headerRow + 1);
    const plan: DashboardPlan = planOwnDashboard({ host: 'sheets', language, names, refStyle, own, mapping });
    const written = await this.call<InsertedTemplate>('templateWriteDashboard', plan);
    return { ...written, sheets: [own.sheet] };
  }

  getMessageLanguage(): Promise<string> {
    return this.call('messageLanguageGet');
  }

  setMessageLanguage(language: string): Promise<void> {
    return this.call('messageLanguageSet', language);
  }
}
