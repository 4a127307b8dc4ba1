export * from './slot.js';
export * from './bay.js';
