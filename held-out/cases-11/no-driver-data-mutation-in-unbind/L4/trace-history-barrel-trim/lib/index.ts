// Barrel for the trace helpers.
export { trimHistory, lastEntry } from './history.js';
