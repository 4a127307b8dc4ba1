export * from './retire.js';
