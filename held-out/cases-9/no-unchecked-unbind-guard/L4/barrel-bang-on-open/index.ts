// Barrel.
export * from './guards.js';
