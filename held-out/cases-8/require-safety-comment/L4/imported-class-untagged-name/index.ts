// Barrel: re-exports the context tracker.
export * from './context.js';
