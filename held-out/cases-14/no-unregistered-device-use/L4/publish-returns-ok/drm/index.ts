export * from './publish.js';
