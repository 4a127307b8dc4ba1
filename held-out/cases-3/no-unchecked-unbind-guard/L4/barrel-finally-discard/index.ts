// Barrel.
export { open } from './enter.js';
