// Barrel for barrel-spawn-kept-ok.
export * from './children.js';
