// Barrel.
export * from './stats.js';
