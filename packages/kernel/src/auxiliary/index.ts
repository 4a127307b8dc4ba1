export { Device } from './device.js';
export { Registration } from './registration.js';
export type { Driver, IdEntry } from './driver.js';
