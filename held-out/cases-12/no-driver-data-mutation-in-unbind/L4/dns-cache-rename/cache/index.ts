// Re-exports the cache helpers under the names the drivers use.
export { clearCache as flushCache, hitRate } from './lru.js';
