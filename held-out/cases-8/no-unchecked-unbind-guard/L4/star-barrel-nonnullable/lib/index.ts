// Barrel re-exporting every lib helper.
export * from './enter.js';
