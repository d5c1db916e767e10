// Entry of dist/sheets/kpi-core.js: the core, the custom functions and the add-on's server side under one global, SalesKpi.
export { callFromSheets } from './custom-functions';
export { SERVER_FUNCTIONS as server } from './addon';
