// Barrel of the section helpers.
export { tryEnter } from './enter.js';
