// The platform layer's barrel.
export * from './doorbell.js';
