// Barrel of the driver's library modules.
export * from './queue.js';
export const LIB_VERSION = '1.2' as const;
