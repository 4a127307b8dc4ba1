// Barrel for the guard helpers.
export { requireSection, SectionUnavailable } from './require.js';
