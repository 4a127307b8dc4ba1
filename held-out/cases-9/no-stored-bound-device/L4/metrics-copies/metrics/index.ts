// Barrel for the metrics modules.
export * from './sink.js';
