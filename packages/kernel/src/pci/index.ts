export { Device } from './device.js';
export { Bar } from './bar.js';
export { IrqRegistration } from './irq-registration.js';
export type { Driver, IdEntry } from './driver.js';
