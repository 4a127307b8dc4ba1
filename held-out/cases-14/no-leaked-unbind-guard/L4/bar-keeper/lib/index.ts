export * from './keeper.js';
