// Barrel with a rename.
export { spawnDebug as attachDebug } from './spawn.js';
