export * from '../bus.js';
