// Barrel for builder-data-ok.
export * from './children.js';
