export { PhyRegistry } from './registry.js';
