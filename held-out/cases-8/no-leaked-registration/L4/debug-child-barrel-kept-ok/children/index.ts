// Barrel: re-exports the child helpers.
export { spawnDebugChild } from './debug.js';
