// Barrel of the helper library.
export * from './cache.js';
