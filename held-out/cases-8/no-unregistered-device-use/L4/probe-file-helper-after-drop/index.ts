// Barrel.
export { openProbeFile } from './files.js';
