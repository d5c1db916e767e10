// The core's public surface for the host adapters, build scripts and tests.
export * from './cells';
export * from './define';
export * from './errors';
export { argumentGrid, toGrid, positionText, addressOrigin, blockAddress, cellAddress, columnLetters, type CallContext, type Grid } from './read-args';
export { REGISTRY, GROUP_TITLES, EXCEL_NAMESPACE, excelFileName, excelName, findKpi, sheetsName } from './registry';
export { runKpi, skipRule, type RunResult, type SpillCell } from './run';
export type { Message } from './messages';
