// Barrel re-exporting the section helpers.
export { openSection } from './enter.js';
