// Barrel for the register helpers.
export * from './regs.js';
