export type { Slot } from './slot.js';
export { describeBay, type Bay } from './bay.js';
