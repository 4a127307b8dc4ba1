export * from './records/prune.js';
