// Barrel of the binding helpers.
export { assumeBound } from './bound.js';
