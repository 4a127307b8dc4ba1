// Barrel of the LED controller's child helpers.
export { attachLeds } from './leds.js';
