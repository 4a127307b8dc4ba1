// Barrel of the section helpers.
export { enterSection } from './enter.js';
