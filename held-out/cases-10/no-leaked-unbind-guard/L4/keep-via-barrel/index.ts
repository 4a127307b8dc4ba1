// Barrel re-exporting the registry helpers.
export { keep, known } from './store.js';
