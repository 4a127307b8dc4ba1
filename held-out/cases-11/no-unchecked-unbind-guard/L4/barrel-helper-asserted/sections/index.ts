// The barrel of the sections folder.
export * from './open.js';
