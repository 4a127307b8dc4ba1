export { Device } from './device.js';
export { IoMem } from './io-mem.js';
export { IrqRegistration } from './irq-registration.js';
export type { Driver, IdEntry } from './driver.js';
