// A fence driver's async WAIT ioctl lives in its own module; it reads the seqno before its await and only uses the copy after. [class 5]
import type { FenceDrm } from './types.js';
import { waitFence } from './ioctl/wait.js';

export const fenceDrm: FenceDrm = {
  info: { name: 'fence', desc: 'Fence engine', major: 0, minor: 1, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: { wait: waitFence },
};
