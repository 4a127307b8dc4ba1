// The driver table names the async wait handler from its own module.
import type { WaitDrm } from './drv.js';
import { waitIoctl } from './wait.js';

export const waitDrm: WaitDrm = {
  info: { name: 'waitgpu', desc: 'GPU with a wait ioctl', major: 1, minor: 0, patchlevel: 3 },
  bus: 'pci',
  openFile: () => ({ id: 7, notes: [] }),
  ioctls: { wait: waitIoctl },
};
