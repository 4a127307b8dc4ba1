// Barrel of the DRM helpers.
export * from './log.js';
