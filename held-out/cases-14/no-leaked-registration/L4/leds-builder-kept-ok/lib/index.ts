// Barrel of the LED controller's library.
export * from './builder.js';
