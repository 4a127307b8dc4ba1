// Barrel for the children helpers.
export { adopt, liveCount } from './registry.js';
