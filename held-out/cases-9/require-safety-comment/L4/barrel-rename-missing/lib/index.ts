// Barrel of barrel-rename-missing: re-exports the @unsafe helper under another name.
export { pokeBound as poke } from './mmio.js';
