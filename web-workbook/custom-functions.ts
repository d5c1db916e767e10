// Registers every registry KPI as an o-spreadsheet function under its Sheets name: web values in, core, web values out.
import { REGISTRY, runKpi, sheetsName, type KpiDefinition, type Message } from '../core';
import { renderValue } from '../core/messages/render';
import { kpiText, type Language } from '../core/translations';
import type { Engine, EngineArg, EngineFunction } from './engine';
import { argAddress, ENGINE_CODES, toEngineResult, toHostArg } from './web-values';
import { funnelAsBarsForExcel } from './xlsx-funnel';

/** The function reference's category in the engine's formula assistant. */
export const CATEGORY = 'Sales KPI';

/** Calls one KPI on o-spreadsheet's arguments; an error is thrown as EvaluationError, its message (in `language`) shown on hover. */
export function callFromWeb(def: KpiDefinition, args: readonly EngineArg[], engine: Pick<Engine, 'EvaluationError'>, language: Language = 'en'): ReturnType<EngineFunction['compute']> {
  const addresses = args.map(argAddress);
  const renderLabel = (label: Message) => renderValue(label, language);
  return toEngineResult(runKpi(def, args.map(toHostArg), { addresses, renderLabel }), engine.EvaluationError, language);
}

/** The engine's description of one KPI: every argument takes a value or a range, whole, so the core reads and spills it. */
export function engineFunction(def: KpiDefinition, language: Language, engine: Pick<Engine, 'EvaluationError'>): EngineFunction {
  const text = kpiText(def, language);
  return {
    description: text.summary,
    category: CATEGORY,
    args: def.params.map((p) => ({
      name: p.name,
      description: text.params[p.name],
      type: ['ANY', 'RANGE<ANY>'],
      acceptMatrix: true,
      ...(p.optional ? { optional: true } : {}),
    })),
    // Errors speak the page's language, as the help does.
    compute: (...args: EngineArg[]) => callFromWeb(def, args, engine, language),
    // Exported as formulas, renamed for Excel (KPI.NPS) on the way out.
    isExported: true,
  };
}

/** Adds every KPI to the engine once, with its help in `language` (the engine keeps one description per function). */
export function registerAll(engine: Engine, language: Language): void {
  for (const code of Object.values(ENGINE_CODES)) engine.registries.errorTypes.add(code);
  // o-spreadsheet saves a formula with FILTER to .xlsx as its values alone, which would freeze the dashboard's
  // won revenue by month; the export writes it as the formula, named _xlfn._xlws.FILTER as Excel reads it.
  engine.registries.functionRegistry.get('FILTER').isExported = true;
  // And it leaves the funnel chart out: it goes as bars lying down, marked to open as a funnel again.
  funnelAsBarsForExcel(engine);
  for (const def of REGISTRY) {
    const name = sheetsName(def);
    if (engine.registries.functionRegistry.contains(name)) throw new Error(`o-spreadsheet already has a function ${name}`);
    engine.registries.functionRegistry.add(name, engineFunction(def, language, engine));
  }
}
