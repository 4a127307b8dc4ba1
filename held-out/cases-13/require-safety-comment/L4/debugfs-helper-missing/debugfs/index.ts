// The debugfs barrel.
export * as names from './names.js';
