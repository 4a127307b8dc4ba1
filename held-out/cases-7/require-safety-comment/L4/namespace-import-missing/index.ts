// Helper module: barrel `export *` of the register helpers.
export * from './regs.js';
