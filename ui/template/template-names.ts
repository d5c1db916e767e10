// The names one insertion of the template gets (sheets, Excel tables, named ranges), unique in the workbook it goes into.
import type { Language } from '../../core/translations';
import { numberedSheetName } from '../sheet-names';
import { DATA_SHEETS, dataSheet, type DataSheetKey } from './sample-data';

/**
 * Ranges that live on the dashboard sheet itself. The builder gives each a name (Sheets: a named range;
 * Excel: a defined name) or hands `dashboardFormulas` its own reference text.
 */
export type HelperRangeKey =
  | 'funnelStages' | 'funnelCounts' | 'rfmSegments' | 'clvCustomers' | 'clvValues'
  | 'statusValues' | 'statusCounts' | 'statusAmounts' | 'statusCosts' | 'statusOutcomes' | 'statusWon' | 'statusLost';

export const HELPER_RANGES: Readonly<Record<HelperRangeKey, { readonly name: string; readonly what: string }>> = {
  funnelStages: { name: 'Funnel_Stage', what: 'The stage column of the funnel block (MQL, SQL, Opportunity, Customer).' },
  funnelCounts: { name: 'Funnel_Count', what: 'The count column of the funnel block: leads that reached each stage, by formula.' },
  rfmSegments: {
    name: 'Rfm_Segment',
    what: 'The segment column (the 8th) of the RFM item\'s spill, from its first row to its last. Excel: =INDEX(anchor#,0,8); Sheets: that column from the anchor row down (blanks are skipped).',
  },
  clvCustomers: { name: 'Clv_Customer', what: 'The customer column (the 1st) of the customer value forecast\'s spill, as Rfm_Segment is of RFM\'s.' },
  clvValues: { name: 'Clv_Value', what: 'The predicted value column (the 4th) of the customer value forecast\'s spill.' },
  statusValues: { name: 'Status_Value', what: 'The status column of the status block: each status the deals hold, once, and blank rows for more.' },
  statusCounts: { name: 'Status_Count', what: 'The deals with each status (COUNTIF over the deals\' status column).' },
  statusAmounts: { name: 'Status_Amount', what: 'The value of the deals with each status (SUMIF over the amount column).' },
  statusCosts: { name: 'Status_Cost', what: 'The cost of the deals with each status (SUMIF over the cost column).' },
  statusOutcomes: { name: 'Status_Outcome', what: 'What each status counts as: won, lost or open, in the dashboard\'s language. The KPIs read their labels from it.' },
  statusWon: { name: 'Status_Won', what: 'The statuses that count as won, blank on the other rows: the won_label of WIN_RATE, AVG_DEAL_SIZE and SALES_CYCLE.' },
  statusLost: { name: 'Status_Lost', what: 'The statuses that count as lost, blank on the other rows (all blank: nothing is lost).' },
};

/** The dashboard sheet's name: what users see on the tab, so it is in their language. */
export const DASHBOARD_SHEET: Readonly<Record<Language, string>> = { en: 'Dashboard', fa: 'داشبورد', el: 'Πίνακας ελέγχου' };

export interface TemplateNames {
  /** Which insertion this is: 1 for the first, 2 when the first one's names are taken, and so on. */
  readonly copy: number;
  readonly dashboardSheet: string;
  /** The sheet of each data set: `Deals`, `Deals (2)`. */
  readonly sheets: Readonly<Record<DataSheetKey, string>>;
  /** The Excel table of each data set: `Deals`, `Deals_2`. */
  readonly tables: Readonly<Record<DataSheetKey, string>>;
  /** The Sheets named range of a data column: `Deals_Status`, `Deals_2_Status`. */
  columnRange(sheet: DataSheetKey, column: string): string;
  /** The name of a range on the dashboard: `Funnel_Count`, `Funnel_Count_2`. */
  helper(key: HelperRangeKey): string;
}

const capitalized = (key: string): string => key[0].toUpperCase() + key.slice(1);

/** The names of the `copy`-th insertion in `language`. */
export function templateNames(copy: number, language: Language): TemplateNames {
  const nameSuffix = copy === 1 ? '' : `_${copy}`;
  const sheets = {} as Record<DataSheetKey, string>;
  const tables = {} as Record<DataSheetKey, string>;
  for (const sheet of DATA_SHEETS) {
    sheets[sheet.key] = numberedSheetName(sheet.name, copy);
    tables[sheet.key] = sheet.name + nameSuffix;
  }
  return {
    copy,
    dashboardSheet: numberedSheetName(DASHBOARD_SHEET[language], copy),
    sheets,
    tables,
    columnRange: (sheet, column) => {
      const known = dataSheet(sheet).columns.find((c) => c.key === column);
      if (!known) throw new Error(`The ${dataSheet(sheet).name} sheet has no column "${column}"`);
      return `${tables[sheet]}_${capitalized(known.key)}`;
    },
    helper: (key) => HELPER_RANGES[key].name + nameSuffix,
  };
}

/** Every workbook-level name an insertion creates: Excel tables and defined names, or Sheets named ranges. */
export function workbookNames(names: TemplateNames): string[] {
  return [
    ...DATA_SHEETS.map((sheet) => names.tables[sheet.key]),
    ...DATA_SHEETS.flatMap((sheet) => sheet.columns.map((c) => names.columnRange(sheet.key, c.key))),
    ...(Object.keys(HELPER_RANGES) as HelperRangeKey[]).map((key) => names.helper(key)),
  ];
}

/**
 * The first insertion whose sheet names and workbook names are all free (compared as the hosts do,
 * ignoring case), so a second insertion never touches the first one or a user's own `Deals` sheet.
 */
export function freeTemplateNames(takenSheets: readonly string[], takenNames: readonly string[], language: Language): TemplateNames {
  const sheets = new Set(takenSheets.map((name) => name.toLowerCase()));
  const names = new Set(takenNames.map((name) => name.toLowerCase()));
  for (let copy = 1; ; copy++) {
    const candidate = templateNames(copy, language);
    const sheetNames = [candidate.dashboardSheet, ...Object.values(candidate.sheets)];
    if (sheetNames.some((name) => sheets.has(name.toLowerCase()))) continue;
    if (workbookNames(candidate).some((name) => names.has(name.toLowerCase()))) continue;
    return candidate;
  }
}
