// Public surface of the display library: renamed re-exports.
export { enter as enterCard, assertHeld as assertCardHeld } from './enter.js';
