// Helper module: barrel re-exporting the scheduling helpers and their option type.
export * from './schedule.js';
