// Barrel for the readers.
export { readCounter } from './counter.js';
