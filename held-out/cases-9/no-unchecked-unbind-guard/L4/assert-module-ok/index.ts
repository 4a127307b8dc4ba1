// Barrel.
export { assertGuard } from './asserts.js';
