// The KPI registry as HyperFormula custom functions (KPI.X and the Sheets names), each calling core's runKpi.
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { isKpiError, REGISTRY, runKpi, sheetsName, type RunResult } from '../../../core';

const ERROR_TYPES = { div0: ErrorType.DIV_BY_ZERO, num: ErrorType.NUM, value: ErrorType.VALUE, na: ErrorType.NA } as const;

/** Every KPI call HyperFormula made: which function, and the arguments as runKpi received them. */
export const CALLS: { id: string; args: unknown[] }[] = [];

/** A HyperFormula value as a host passes it: blanks as null, dates and other rich numbers as their number. */
function hostCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value;
}

/** An argument as a host passes it: a range as rows of cells, a single value as itself. */
function hostArgument(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(hostCell));
  return hostCell(value);
}

function hyperFormulaValue(result: RunResult): unknown {
  if (isKpiError(result)) return new CellError(ERROR_TYPES[result.kind], result.message);
  if (typeof result === 'number' || typeof result === 'string') return result;
  return SimpleRangeValue.onlyValues(result.map((row) => row.map((cell) => (isKpiError(cell) ? new CellError(ERROR_TYPES[cell.kind], cell.message) : cell === '' ? EmptyValue : cell))) as never);
}

const functions: ImplementedFunctions = {};
const translations: Record<string, string> = {};

/**
 * One method per function name. Every parameter is ANY (a range comes as a SimpleRangeValue, a value as
 * itself) and vectorization is off: the core does "ranges in, arrays out" itself, as in the real hosts.
 */
class KpiPlugin extends FunctionPlugin {
  static override implementedFunctions = functions;
}

REGISTRY.forEach((def, i) => {
  for (const [suffix, name] of [['excel', `KPI.${def.id}`], ['sheets', sheetsName(def)]] as const) {
    const method = `kpi_${i}_${suffix}`;
    const sizeMethod = `${method}_size`;
    functions[name] = {
      method,
      parameters: def.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      vectorizationForbidden: true,
      ...(def.result === 'table' ? { sizeOfResultArrayMethod: sizeMethod } : {}),
    };
    translations[name] = name;
    const proto = KpiPlugin.prototype as unknown as Record<string, unknown>;
    const run = function (this: KpiPlugin, ast: { args: unknown[] }, state: unknown, record: boolean) {
      const self = this as unknown as {
        runFunction: (args: unknown[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown) => unknown;
        metadata: (name: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const hostArgs = args.map(hostArgument);
        if (record) CALLS.push({ id: def.id, args: hostArgs });
        return hyperFormulaValue(runKpi(def, hostArgs));
      });
    };
    proto[method] = function (this: KpiPlugin, ast: { args: unknown[] }, state: unknown) {
      return run.call(this, ast, state, true);
    };
    // A table's size is known only from its data: evaluate the call (its inputs are computed by then).
    proto[sizeMethod] = function (this: KpiPlugin, ast: { args: unknown[] }, state: unknown) {
      const value = run.call(this, ast, state, false);
      return value instanceof SimpleRangeValue ? new ArraySize(value.width(), value.height()) : ArraySize.scalar();
    };
  }
});

let registered = false;

/** Registers the KPI functions with HyperFormula once per process. */
export function registerKpiFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(KpiPlugin, { enGB: translations });
  registered = true;
}
