// Helper module: barrel for the chip identification helpers.
export { readChipId, UnknownChipError } from './chip-id.js';
