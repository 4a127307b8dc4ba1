// Barrel re-exporting the registry helpers.
export { track } from './registry.js';
