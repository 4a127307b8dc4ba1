// Helper module: barrel of the diagnostics helpers.
export { record } from './ring.js';
