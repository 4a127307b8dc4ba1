// Barrel for the section helpers.
export { enter } from './enter.js';
