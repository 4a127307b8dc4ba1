// Barrel of the child helpers.
export * from './populate.js';
