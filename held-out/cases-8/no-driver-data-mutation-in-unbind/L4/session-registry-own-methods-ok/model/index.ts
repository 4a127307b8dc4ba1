export { SessionRegistry } from './registry.js';
