// Barrel.
export * from './frames.js';
