// Barrel: re-exports the archive helpers.
export { archive, archivedCount } from './archive.js';
