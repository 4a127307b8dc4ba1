// Barrel re-exporting the stats helpers.
export * from './copy.js';
