// Entry of dist/sheets/kpi-core.js: the core and the Sheets adapter under one global, SalesKpi.
export { callFromSheets } from './custom-functions';
