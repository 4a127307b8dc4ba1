// First hop of the re-export chain.
export * from './registry.js';
