// Barrel for the utility helpers.
export * from './held.js';
