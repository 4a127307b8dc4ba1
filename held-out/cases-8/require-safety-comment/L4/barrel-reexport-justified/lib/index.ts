// Barrel of the driver's support library: re-exports the @unsafe logger under its public name.
export { logBound as announceBound } from './log.js';
export const LIB_VERSION = 3;
