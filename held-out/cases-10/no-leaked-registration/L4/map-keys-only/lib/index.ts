// Barrel for map-keys-only.
export * from './children.js';
