// Barrel re-exporting the formatter.
export * from './describe.js';
