// Barrel of the utilities.
export * from './guards.js';
