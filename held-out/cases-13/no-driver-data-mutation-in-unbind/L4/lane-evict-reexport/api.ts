export { evict as evictLane } from './maps.js';
