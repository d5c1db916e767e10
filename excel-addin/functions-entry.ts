// Entry of dist/excel/functions.js: registers the functions as soon as the custom functions runtime loads it.
import { associateAll } from './custom-functions';

associateAll();
