// The helpers' barrel.
export * from './register.js';
