// Barrel for the cache modules.
export * from './lru.js';
export * from './devices.js';
