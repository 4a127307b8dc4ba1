// Barrel of the GPU driver's modules.
export * from './ops.js';
