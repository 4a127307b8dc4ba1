// Barrel for the GPU bring-up helpers.
export * from './bringup.js';
