// Helper module: barrel re-exporting the raw helper under a shorter name.
export { rawSetDirection as setDir } from './raw.js';
