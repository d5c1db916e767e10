// Registers every registry KPI as an Excel custom function: Excel values in, core, Excel values out.
import { REGISTRY, runKpi, type KpiDefinition, type Message } from '../core';
import { renderValue } from '../core/messages/render';
import { restoreBlanks } from './blank-cells';
import { excelLanguage, toExcelResult, type ExcelCell } from './excel-values';

type ExcelResult = ExcelCell[][] | Promise<ExcelCell[][]>;

/**
 * Calls one KPI as Excel does: its declared arguments, then the invocation object with the
 * parameters' addresses. Synchronous unless blank cells must be told from zeros through the Excel API.
 * A single error is thrown, or rejects the promise when the call is asynchronous.
 */
export function callFromExcel(def: KpiDefinition, args: readonly unknown[], checked = zeroMayBeBlank(def)): ExcelResult {
  const last = args[args.length - 1];
  const hasInvocation = typeof last === 'object' && last !== null && !Array.isArray(last);
  const declared = hasInvocation ? args.slice(0, -1) : args;
  const invocation = hasInvocation ? (last as CustomFunctions.Invocation) : undefined;
  const addresses = invocation?.parameterAddresses;
  const finish = (values: readonly unknown[]) => toExcelResult(runKpi(def, values, { addresses, renderLabel }));
  const values = restoreBlanks(declared, addresses, checked);
  return values instanceof Promise ? values.then(finish) : finish(values);
}

/** A label a table carries ("(none)" in BY_SOURCE), in Office's display language as the messages are. */
function renderLabel(label: Message): string {
  return renderValue(label, excelLanguage());
}

/** Per argument, whether a zero could be a blank cell that changes the result: dates read day 0 as blank already. */
export function zeroMayBeBlank(def: KpiDefinition): readonly boolean[] {
  return def.params.map((p) => p.kind !== 'date' && p.kind !== 'dates');
}

export function associateAll(): void {
  for (const def of REGISTRY) {
    const checked = zeroMayBeBlank(def);
    CustomFunctions.associate(def.id, (...args: unknown[]) => callFromExcel(def, args, checked));
  }
}
