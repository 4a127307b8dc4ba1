// Barrel of barrel-rename-covered.
export * from './irq.js';
