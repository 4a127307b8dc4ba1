// Barrel for barrel-spawn-discarded.
export * from './children.js';
