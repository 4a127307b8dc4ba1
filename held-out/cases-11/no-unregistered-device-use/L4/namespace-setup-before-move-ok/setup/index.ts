// Barrel re-exporting every setup helper.
export * from './tune.js';
