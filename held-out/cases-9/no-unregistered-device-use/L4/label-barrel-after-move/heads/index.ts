// Barrel.
export { headLabel } from './label.js';
