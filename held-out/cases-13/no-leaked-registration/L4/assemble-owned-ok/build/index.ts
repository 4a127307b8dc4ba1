export * from './assemble.js';
