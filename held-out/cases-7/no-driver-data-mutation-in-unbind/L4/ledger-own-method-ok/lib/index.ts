// Barrel for the ledger.
export * from './ledger.js';
