// Barrel for the flash utilities.
export { formatStats } from './format.js';
export type { EraseStats } from './format.js';
