// Barrel of the registry module.
export { adopt, count } from './registry.js';
