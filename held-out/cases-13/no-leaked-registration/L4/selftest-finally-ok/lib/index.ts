export { dmaSelfTest } from './selftest.js';
