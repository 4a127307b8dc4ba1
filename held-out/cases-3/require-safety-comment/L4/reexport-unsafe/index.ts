// Barrel, renaming the unsafe helper.
export { trustBound as assumeBound } from './trust.js';
