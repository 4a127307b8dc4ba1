// Barrel of the telemetry helpers.
export * from './publish.js';
