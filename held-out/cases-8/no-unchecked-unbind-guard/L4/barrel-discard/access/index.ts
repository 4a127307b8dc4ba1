// Barrel for the access helpers.
export { beginAccess } from './begin.js';
