// Barrel for the driver's services.
export { ChildManager } from './manager.js';
