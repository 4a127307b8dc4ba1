// Barrel of the MFD board's child helpers.
export { spawnCell, type CellDesc } from './spawn.js';
