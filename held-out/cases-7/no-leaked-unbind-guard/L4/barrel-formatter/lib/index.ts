// Barrel of the formatting library.
export * from './format.js';
