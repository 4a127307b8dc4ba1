// The barrel: re-exports the readers.
export * from './readers.js';
export { readScanoutBase as baseOf } from './readers.js';
