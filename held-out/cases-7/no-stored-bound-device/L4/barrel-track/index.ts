// Helper module: the barrel of the telemetry helpers.
export * from './telemetry.js';
