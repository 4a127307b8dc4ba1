// Barrel for map-entries-ok.
export * from './children.js';
