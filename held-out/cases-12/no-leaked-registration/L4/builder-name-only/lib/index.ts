// Barrel of the LCD controller library.
export * from './display.js';
