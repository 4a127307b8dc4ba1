// Barrel of the teardown helpers.
export * from './teardown.js';
