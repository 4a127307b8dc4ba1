// Barrel file: re-exports values and types.
export { contribute, poolSize } from './pool.js';
export type { PoolEntry } from './pool.js';
