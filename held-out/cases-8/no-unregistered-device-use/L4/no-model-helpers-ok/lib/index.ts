// Barrel.
export * from './registry.js';
