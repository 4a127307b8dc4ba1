// Helper module: barrel re-exporting the defaults helper and its types.
export { programDefaults, type DefaultsReport } from './defaults.js';
