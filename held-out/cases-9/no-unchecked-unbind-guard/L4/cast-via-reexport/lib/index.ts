// Barrel with a renaming re-export.
export { acquire as acquireHead } from './acquire.js';
