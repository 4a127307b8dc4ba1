// Barrel for the teardown helpers.
export * from './dispose.js';
