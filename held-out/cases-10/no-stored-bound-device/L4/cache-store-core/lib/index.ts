export { cacheOwner } from './cache.js';
