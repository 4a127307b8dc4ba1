// Barrel of the helper modules.
export { trackBar as track, trackedCount } from './store.js';
