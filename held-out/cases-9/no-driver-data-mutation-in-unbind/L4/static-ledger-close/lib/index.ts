// Barrel of static-ledger-close.
export * from './ledger.js';
