// The KPI wizard and the inspector in the pane: choose, map, preview with a data check, insert; explain a cell.
import { render } from '../../core/messages/render';
import {
  addressOrigin, columnLetters, isBlank, isColumnKind, isKpiError, parseNumberText, REGISTRY, runKpi,
  type HostCell, type KpiDefinition, type KpiGroup, type ParamSpec, type ResultFormat, type RunResult, type Table,
} from '../../core';
import { kpiText, type Language } from '../../core/translations';
import { cellFormula, formula, h } from '../function-reference';
import { proposeColumns, SAMPLE_CELLS, type MatchReason } from './columns';
import { checkData, type Finding } from './data-check';
import { buildFormula, choiceText, parseRangeText, rangeText, type ArgumentChoice } from './formula';
import { tableChoice } from './table-choice';
import type { RangeRef, SpillFormats, WizardHost } from './host';
import { inspectCell } from './inspect';
import { insertFormula } from './insert';
import { numberFormatFor, tableFormatsFor } from './number-format';
import { fill, type WizardStrings } from './wizard-strings';

export interface WizardContext {
  readonly doc: Document;
  readonly host: WizardHost;
  readonly language: Language;
  readonly strings: WizardStrings;
  /** The catalog's group titles in the user's language. */
  readonly groups: Readonly<Record<KpiGroup, string>>;
}

interface Column {
  readonly header: string;
  readonly ref: RangeRef;
  /** Its first cells below the header, which the column matcher reads. */
  readonly cells: readonly HostCell[];
}

/** One argument's mapping as the user set it. */
type Source =
  | { kind: 'omitted' } | { kind: 'selection'; ref?: RangeRef } | { kind: 'column'; index: number; why?: MatchReason } | { kind: 'typed'; text: string }
  /** A number the table gives, as a formula over its columns (PIPELINE_VELOCITY's inputs). */
  | { kind: 'derived'; choice: ArgumentChoice }
  | { kind: 'choice'; value: string };

const SCRIPTS: Readonly<Record<Language, RegExp | undefined>> = { en: undefined, fa: /[\u0600-\u06FF]/, el: /[\u0370-\u03FF]/ };

/** A choice as the pane lists it: the value the formula gets, and in Persian or Greek the first spelling in that script beside it. */
export function choiceLabel(value: string, spellings: readonly string[], language: Language): string {
  const script = SCRIPTS[language];
  const own = script && spellings.find((spelling) => script.test(spelling));
  return own ? `${own} (${value})` : value;
}

/**
 * The choice the wizard proposes before the user picks one: the Jalali calendar for a Persian pane, a
 * year ahead (365, in the default unit of days) for a forecast's horizon, else none.
 */
export function proposedChoice(param: ParamSpec, language: Language): string | undefined {
  if (param.name === 'calendar') return language === 'fa' && param.choices && 'jalali' in param.choices ? 'jalali' : undefined;
  return param.suggestions?.includes(365) ? '365' : undefined;
}

/** How many rows of a spilled table the preview shows. */
const PREVIEW_ROWS = 12;

/** Numbers as the pane shows them: by what the KPI returns, in the user's language, Persian digits when asked. */
export function formatNumber(value: number, def: KpiDefinition, language: Language, persianDigits: boolean): string {
  return formatValue(value, def.result, language, persianDigits);
}

/** A number shown as a value of `format`: a percentage for rates, whole units for money. */
function formatValue(value: number, format: ResultFormat, language: Language, persianDigits: boolean): string {
  const locale = language === 'el' ? 'el-GR' : language === 'fa' && persianDigits ? 'fa-IR' : 'en-US';
  const options: Intl.NumberFormatOptions =
    format === 'rate' ? { style: 'percent', maximumFractionDigits: 1 }
      : format === 'money' ? { maximumFractionDigits: 0 }
        : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** The columns of the table in a sheet's used range: its first row holds the headers. */
export function tableColumns(used: { sheet: string; address: string; values: readonly (readonly unknown[])[] }): Column[] {
  const origin = addressOrigin(used.address.split(':')[0]) ?? { row: 0, col: 0 };
  const rows = used.values.length;
  if (rows < 2) return [];
  return (used.values[0] ?? []).map((header, i) => {
    const letters = columnLetters(origin.col + i);
    const cells: HostCell[] = [];
    for (let r = 1; r < rows && cells.length < SAMPLE_CELLS; r++) cells.push((used.values[r]?.[i] ?? null) as HostCell);
    return { header: String(header ?? '').trim(), ref: { sheet: used.sheet, address: `${letters}${origin.row + 2}:${letters}${origin.row + rows}` }, cells };
  }).filter((column) => column.header !== '');
}

/** Why the matcher proposed a column, as the pane says it: "holds won or lost in 427 of 600 rows". */
export function matchReasonText(strings: WizardStrings, why: MatchReason, language: Language): string {
  const count = (n: number) => n.toLocaleString(language === 'fa' ? 'fa-IR' : language);
  return fill(strings.why[why.kind], 'count' in why ? { count: count(why.count), of: count(why.of) } : {});
}

function describeResult(ctx: WizardContext, def: KpiDefinition, result: RunResult, persianDigits: boolean): string {
  // An error in the pane's language, as the inspector and preview speak it.
  if (isKpiError(result)) return render(result.text, ctx.language);
  if (typeof result === 'number') return formatNumber(result, def, ctx.language, persianDigits);
  if (typeof result === 'string') return result;
  const firstError = result.flat().find(isKpiError);
  if (firstError) return render(firstError.text, ctx.language);
  if (def.result === 'table') return fill(ctx.strings.tableRows, { count: result.length });
  return result.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell, def, ctx.language, persianDigits) : cell)).join(' · ')).join(' | ');
}

/** The first rows of a spilled table as the sheet will show them, each number formatted by its column's kind. */
function previewTable(ctx: WizardContext, def: KpiDefinition, table: Table, persianDigits: boolean): HTMLElement {
  const { doc, language } = ctx;
  const formats = def.columnFormats ?? [];
  const formatOf = (c: number): ResultFormat => formats[Math.min(c, formats.length - 1)] ?? 'number';
  const rows = table.slice(0, PREVIEW_ROWS).map((row) => h(doc, 'tr', {}, ...row.map((cell, c) =>
    h(doc, 'td', {}, typeof cell === 'number' ? formatValue(cell, formatOf(c), language, persianDigits) : cell))));
  const more = table.length > PREVIEW_ROWS ? [h(doc, 'p', { class: 'more-rows' }, fill(ctx.strings.tableRows, { count: table.length }))] : [];
  return h(doc, 'div', { class: 'preview-table' }, h(doc, 'table', {}, h(doc, 'tbody', {}, ...rows)), ...more);
}

function findingText(strings: WizardStrings, finding: Finding): string {
  const values = finding.kind === 'skipped-rows'
    ? (finding.values ?? []).map((reason) => strings.skipReasons[reason as keyof WizardStrings['skipReasons']] ?? reason)
    : finding.values ?? [];
  return fill(strings.findings[finding.kind], { param: finding.param, count: finding.count, values: values.join(', ') });
}

/** A Yes/No question inside the pane (dialogs of the browser are not available in every Office host). */
function ask(ctx: WizardContext, slot: HTMLElement, question: string): Promise<boolean> {
  const { doc, strings } = ctx;
  return new Promise((resolve) => {
    const answer = (yes: boolean) => { slot.replaceChildren(); resolve(yes); };
    const yes = h(doc, 'button', { class: 'primary', id: 'confirm-yes' }, strings.yes);
    const no = h(doc, 'button', { id: 'confirm-no' }, strings.no);
    yes.addEventListener('click', () => answer(true));
    no.addEventListener('click', () => answer(false));
    slot.replaceChildren(h(doc, 'div', { class: 'confirm', role: 'alertdialog' }, h(doc, 'p', {}, question), yes, ' ', no));
    yes.focus();
  });
}

/** The four steps of the wizard, rendered into a new element. */
export function renderWizard(ctx: WizardContext): HTMLElement {
  const { doc, host, language, strings } = ctx;
  let def: KpiDefinition | undefined;
  let sources: Source[] = [];
  /** Per argument, the formula the table gives for it, if any: the source "From the table" offers it. */
  let fromTable: (ArgumentChoice | undefined)[] = [];
  let columns: Column[] = [];
  let persianDigits = false;

  const search = h(doc, 'input', { class: 'search', 'aria-label': strings.search }) as HTMLInputElement;
  search.setAttribute('type', 'search');
  search.setAttribute('placeholder', strings.search);
  const list = h(doc, 'div', { class: 'kpi-list' });
  const chosen = h(doc, 'div', { class: 'chosen', 'aria-live': 'polite' });
  const mapping = h(doc, 'div', { class: 'mapping' });
  const output = h(doc, 'div', { class: 'preview-output', 'aria-live': 'polite' });
  const findings = h(doc, 'ul', { class: 'findings' });
  const target = h(doc, 'input', { id: 'target-cell', 'aria-label': strings.targetCell }) as HTMLInputElement;
  const confirmSlot = h(doc, 'div', { class: 'confirm-slot' });
  const status = h(doc, 'p', { class: 'status', 'aria-live': 'polite' });

  const renderList = () => {
    const query = search.value.trim().toLowerCase();
    list.replaceChildren();
    const groups = new Map<KpiGroup, HTMLElement>();
    for (const kpi of REGISTRY) {
      const text = kpiText(kpi, language);
      // "win rate" finds WIN_RATE: the id is searched with its underscores read as spaces.
      if (query && !`${kpi.id} ${kpi.id.replace(/_/g, ' ')} ${text.summary}`.toLowerCase().includes(query)) continue;
      let group = groups.get(kpi.group);
      if (!group) {
        group = h(doc, 'div', { class: 'kpi-group', role: 'group', 'aria-label': ctx.groups[kpi.group] });
        list.append(h(doc, 'h3', { class: 'kpi-group-title' }, ctx.groups[kpi.group]), group);
        groups.set(kpi.group, group);
      }
      const button = h(doc, 'button', { class: kpi === def ? 'kpi-choice selected' : 'kpi-choice', id: `choose-${kpi.id}` }, formula(doc, cellFormula(kpi, '', host.kind)));
      button.setAttribute('aria-pressed', String(kpi === def));
      button.addEventListener('click', guarded(() => choose(kpi)));
      group.append(button);
    }
  };

  const choose = async (kpi: KpiDefinition) => {
    def = kpi;
    renderList();
    const text = kpiText(kpi, language);
    chosen.replaceChildren(h(doc, 'p', { class: 'summary' }, text.summary), h(doc, 'p', { class: 'formula-words' }, kpi.formula));
    const used = await host.getUsedRange().catch(() => undefined);
    columns = used ? tableColumns(used) : [];
    const matched = proposeColumns(kpi, columns);
    const derived = await Promise.all(kpi.params.map((param) => tableChoice(param, columns, async (ref) => (await host.readRange(ref)).values.flat())));
    fromTable = derived;
    sources = kpi.params.map((param, i): Source => {
      const match = matched[param.name];
      if (match) return { kind: 'column', index: match.column, why: match.why };
      const tableFormula = derived[i];
      if (tableFormula) return { kind: 'derived', choice: tableFormula };
      const proposed = proposedChoice(param, language);
      if (proposed) return { kind: 'choice', value: proposed };
      if (param.optional) return { kind: 'omitted' };
      return isColumnKind(param.kind) ? { kind: 'selection' } : { kind: 'typed', text: '' };
    });
    renderMapping();
    output.replaceChildren();
    findings.replaceChildren();
    status.textContent = '';
  };

  const renderMapping = () => {
    if (!def) return;
    const kpi = def;
    mapping.replaceChildren();
    kpi.params.forEach((param, i) => mapping.append(argumentRow(kpi, param, i)));
  };

  const argumentRow = (kpi: KpiDefinition, param: ParamSpec, i: number): HTMLElement => {
    const source = sources[i];
    const select = h(doc, 'select', { id: `source-${param.name}`, 'aria-label': param.name }) as HTMLSelectElement;
    const option = (value: string, label: string) => {
      const element = h(doc, 'option', {}, label) as HTMLOptionElement;
      element.value = value;
      return element;
    };
    if (param.optional) select.append(option('omitted', strings.sources.omitted));
    select.append(option('selection', strings.sources.selection));
    columns.forEach((column, index) => select.append(option(`column:${index}`, `${strings.sources.column}: ${column.header}`)));
    select.append(option('typed', strings.sources.typed));
    if (fromTable[i]) select.append(option('derived', strings.sources.derived));
    for (const [value, spellings] of Object.entries(param.choices ?? {})) select.append(option(`choice:${value}`, choiceLabel(value, spellings, language)));
    for (const value of param.suggestions ?? []) select.append(option(`choice:${value}`, value.toLocaleString(language === 'fa' ? 'fa-IR' : language)));
    select.value = source.kind === 'column' ? `column:${source.index}` : source.kind === 'choice' ? `choice:${source.value}` : source.kind;
    const detail = h(doc, 'span', { class: 'source-detail' });
    if (source.kind === 'selection' && source.ref) detail.append(formula(doc, rangeText(source.ref, '')));
    if (source.kind === 'column') detail.append(formula(doc, rangeText(columns[source.index].ref, '')));
    if (source.kind === 'derived') detail.append(formula(doc, choiceText(source.choice, '', host.kind)));
    // A proposed column says why it was proposed; one chosen by hand needs no reason.
    if (source.kind === 'column' && source.why) {
      detail.append(' ', h(doc, 'span', { class: 'match-why' }, matchReasonText(strings, source.why, language)));
    }
    const typed = h(doc, 'input', { id: `typed-${param.name}`, 'aria-label': `${param.name}: ${strings.sources.typed}` }) as HTMLInputElement;
    typed.setAttribute('placeholder', strings.typedPlaceholder);
    typed.hidden = source.kind !== 'typed';
    if (source.kind === 'typed') typed.value = source.text;
    typed.addEventListener('input', () => { sources[i] = { kind: 'typed', text: typed.value }; });
    select.addEventListener('change', async () => {
      const value = select.value;
      if (value === 'selection') {
        const selection = await host.getSelection();
        sources[i] = { kind: 'selection', ref: { sheet: selection.sheet, address: selection.address } };
      } else if (value.startsWith('column:')) {
        sources[i] = { kind: 'column', index: Number(value.slice(7)) };
      } else if (value.startsWith('choice:')) {
        sources[i] = { kind: 'choice', value: value.slice(7) };
      } else if (value === 'typed') {
        sources[i] = { kind: 'typed', text: '' };
      } else if (value === 'derived' && fromTable[i]) {
        sources[i] = { kind: 'derived', choice: fromTable[i]! };
      } else {
        sources[i] = { kind: 'omitted' };
      }
      renderMapping();
      (doc.getElementById(value === 'typed' ? `typed-${param.name}` : `source-${param.name}`) as HTMLElement | null)?.focus();
    });
    const text = kpiText(kpi, language).params[param.name];
    return h(doc, 'div', { class: 'argument' },
      h(doc, 'label', {}, formula(doc, param.name), param.optional ? ` (${strings.optional})` : ''),
      select, ' ', detail, typed,
      h(doc, 'p', { class: 'argument-help' }, text));
  };

  /** Each argument as an ArgumentChoice for the formula, with the range it reads when it reads one. */
  const choices = (): ArgumentChoice[] => sources.map((source, i): ArgumentChoice => {
    if (source.kind === 'column') return { kind: 'range', ref: columns[source.index].ref };
    if (source.kind === 'derived') return source.choice;
    if (source.kind === 'choice') return def?.params[i].kind === 'number' ? { kind: 'number', value: Number(source.value) } : { kind: 'text', value: source.value };
    if (source.kind === 'selection') return source.ref ? { kind: 'range', ref: source.ref } : { kind: 'omitted' };
    if (source.kind === 'typed' && source.text.trim() !== '') {
      // A cell typed for a number or a date (B2, Deals!F1) is read from the sheet, as a formula would read it.
      const kind = def?.params[i].kind;
      const ref = kind === 'number' || kind === 'date' ? parseRangeText(source.text, columns[0]?.ref.sheet ?? '') : undefined;
      if (ref && ref.sheet !== '') return { kind: 'range', ref };
      const number = parseNumberText(source.text);
      return Number.isNaN(number) ? { kind: 'text', value: source.text.trim() } : { kind: 'number', value: number };
    }
    return { kind: 'omitted' };
  });

  /** The first required argument with nothing chosen, said in the status line; undefined when all are set. */
  const missing = (): string | undefined => {
    const given = choices();
    const param = def?.params.find((p, i) => !p.optional && given[i].kind === 'omitted');
    if (!param) return undefined;
    const text = fill(strings.missingArgument, { param: param.name });
    status.textContent = text;
    output.replaceChildren(h(doc, 'p', { class: 'result error' }, text));
    (doc.getElementById(`source-${param.name}`) as HTMLElement | null)?.focus();
    return text;
  };

  /** Runs an action of the wizard, saying in the status line what went wrong instead of failing silently. */
  const guarded = (action: () => Promise<void>) => () => {
    action().catch((error: Error) => { status.textContent = error.message; });
  };

  /** The call's arguments as the host reads them, with the address of each range. */
  const readArguments = async (): Promise<{ values: unknown[]; addresses: (string | undefined)[] }> => {
    const values: unknown[] = [];
    const addresses: (string | undefined)[] = [];
    for (const choice of choices()) {
      values.push(await choiceValue(choice));
      addresses.push(choice.kind === 'range' ? `${choice.ref.sheet}!${choice.ref.address}` : undefined);
    }
    return { values, addresses };
  };

  /** An argument's value as the sheet computes it: a range's cells, a nested KPI's result, the open deals' count. */
  const choiceValue = async (choice: ArgumentChoice): Promise<unknown> => {
    switch (choice.kind) {
      case 'range': return (await host.readRange(choice.ref)).values;
      case 'call': {
        const args = await Promise.all(choice.args.map(choiceValue));
        const addresses = choice.args.map((a) => (a.kind === 'range' ? `${a.ref.sheet}!${a.ref.address}` : undefined));
        return runKpi(choice.def, args, { addresses });
      }
      case 'openCount': {
        // COUNTA less a COUNTIF per closed status: COUNTIF compares text ignoring case.
        const closed = new Set(choice.closed.map((label) => label.toLowerCase()));
        const cells = (await host.readRange(choice.ref)).values.flat();
        return cells.filter((cell) => !isBlank(cell) && !(typeof cell === 'string' && closed.has(cell.toLowerCase()))).length;
      }
      case 'omitted': return undefined;
      default: return choice.value;
    }
  };

  const preview = async () => {
    if (!def || missing()) return;
    const kpi = def;
    const { values, addresses } = await readArguments();
    // A nested KPI that fails (no won deals for WIN_RATE) is the reason: the sheet shows its error too.
    const result = (values.find(isKpiError) as RunResult | undefined) ?? runKpi(kpi, values, { addresses });
    output.replaceChildren(h(doc, 'p', { class: isKpiError(result) ? 'result error' : 'result' }, `${strings.result}: `,
      h(doc, 'strong', {}, describeResult(ctx, kpi, result, persianDigits))));
    if (kpi.result === 'table' && Array.isArray(result) && !result.flat().some(isKpiError)) output.append(previewTable(ctx, kpi, result as Table, persianDigits));
    const found = checkData(kpi, values);
    findings.replaceChildren(...(found.length === 0 ? [h(doc, 'li', {}, strings.noProblems)] : found.map((f) => h(doc, 'li', {}, findingText(strings, f)))));
  };

  const useSelectedCell = async () => {
    const selection = await host.getSelection();
    // Quoted where the sheet's name needs it ('Deals (2)'!B2), so the reference reads back.
    target.value = rangeText({ sheet: selection.sheet, address: selection.address.split(':')[0] }, '');
  };

  const insert = async () => {
    if (!def || missing()) return;
    const ref = parseRangeText(target.value, (await host.getSelection()).sheet);
    if (!ref) {
      status.textContent = strings.targetCell;
      target.focus();
      return;
    }
    const cell = { sheet: ref.sheet, address: ref.address.split(':')[0] };
    const text = buildFormula(def, choices(), host.kind, cell.sheet);
    // A table's columns get their formats over the rows it spills into now.
    let spill: SpillFormats | undefined;
    if (def.result === 'table') {
      const { values, addresses } = await readArguments();
      const table = runKpi(def, values, { addresses });
      if (Array.isArray(table) && table.length > 0) spill = { rows: table.length, formats: tableFormatsFor(def, table[0].length, language) };
    }
    const outcome = await insertFormula(host, cell, text, numberFormatFor(def, language),
      (existing) => ask(ctx, confirmSlot, fill(strings.confirmOverwrite, { existing })), spill);
    status.replaceChildren(outcome === 'inserted' ? strings.inserted : strings.kept, ' ', formula(doc, text));
  };

  search.addEventListener('input', renderList);
  const previewButton = h(doc, 'button', { class: 'primary', id: 'preview' }, strings.previewButton);
  previewButton.addEventListener('click', guarded(preview));
  const selectedCellButton = h(doc, 'button', { id: 'use-selected-cell' }, strings.useSelectedCell);
  selectedCellButton.addEventListener('click', guarded(useSelectedCell));
  const insertButton = h(doc, 'button', { class: 'primary', id: 'insert' }, strings.insertButton);
  insertButton.addEventListener('click', guarded(insert));
  const digits: HTMLElement[] = [];
  if (language === 'fa') {
    const box = h(doc, 'input', { id: 'persian-digits' }) as HTMLInputElement;
    box.setAttribute('type', 'checkbox');
    box.addEventListener('change', () => { persianDigits = box.checked; guarded(preview)(); });
    digits.push(h(doc, 'label', { class: 'digits' }, box, ' ', strings.persianDigits));
  }
  renderList();
  return h(doc, 'div', { class: 'wizard-steps' },
    h(doc, 'h2', {}, strings.choose), search, list, chosen,
    h(doc, 'h2', {}, strings.map), mapping,
    h(doc, 'h2', {}, strings.preview), previewButton, ...digits, output,
    h(doc, 'h3', {}, strings.dataCheck), findings,
    h(doc, 'h2', {}, strings.insert),
    h(doc, 'div', { class: 'target' }, h(doc, 'label', {}, strings.targetCell), ' ', target, ' ', selectedCellButton),
    insertButton, confirmSlot, status);
}

/** The inspector: what the selected cell's KPI formula computes from, and why it fails when it does. */
export function renderInspector(ctx: WizardContext): HTMLElement {
  const { doc, host, language, strings } = ctx;
  const out = h(doc, 'div', { class: 'inspection', 'aria-live': 'polite' });
  const button = h(doc, 'button', { class: 'primary', id: 'inspect' }, strings.inspectButton);
  button.addEventListener('click', async () => {
    const selection = await host.getSelection();
    const inspection = await inspectCell(host, { sheet: selection.sheet, address: selection.address.split(':')[0] });
    if (!inspection) {
      out.replaceChildren(h(doc, 'p', {}, strings.notKpi));
      return;
    }
    const text = kpiText(inspection.def, language);
    const inputs = h(doc, 'ul', { class: 'inputs' });
    for (const arg of inspection.args) {
      inputs.append(h(doc, 'li', {}, formula(doc, arg.param.name), ': ', formula(doc, arg.text), ' — ',
        fill(strings.cellsAndBlanks, { cells: arg.cells, blanks: arg.blanks })));
    }
    out.replaceChildren(
      h(doc, 'h3', {}, formula(doc, inspection.formula)),
      h(doc, 'p', { class: 'summary' }, text.summary),
      h(doc, 'h4', {}, strings.inputs), inputs,
      ...(inspection.unreadable.length ? [h(doc, 'p', {}, fill(strings.unreadable, { values: inspection.unreadable.join(', ') }))] : []),
      ...(inspection.result === undefined ? [] : [h(doc, 'p', { class: inspection.error ? 'result error' : 'result' }, `${strings.result}: `,
        h(doc, 'strong', {}, describeResult(ctx, inspection.def, inspection.result, false)))]),
      ...(inspection.findings.length ? [h(doc, 'h4', {}, strings.dataCheck),
        h(doc, 'ul', { class: 'findings' }, ...inspection.findings.map((f) => h(doc, 'li', {}, findingText(strings, f))))] : []),
    );
  });
  return h(doc, 'div', {}, button, out);
}
