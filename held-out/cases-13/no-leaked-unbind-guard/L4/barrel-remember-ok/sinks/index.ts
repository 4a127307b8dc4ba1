export * from './parent-slot.js';
