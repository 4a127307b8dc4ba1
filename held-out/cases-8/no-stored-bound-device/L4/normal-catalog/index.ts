// Helper module: barrel for the catalog.
export * from './catalog.js';
