// A fence-wait ioctl handler re-enters the device and drops `undefined` with a NonNullable cast. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuData, GpuFile, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

interface FenceWait {
  seqno: number;
  signalled: number;
}
interface FenceIoctls {
  readonly fenceWait: FenceWait;
}
type FenceDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', FenceIoctls>;

export const fenceDrm: FenceDrm = {
  info: { name: 'fencegpu', desc: 'Fence GPU', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0, notes: [] }),
  ioctls: {
    fenceWait: (dev, regData, arg) => {
      using nested = dev.unbindGuard() as NonNullable<ReturnType<typeof dev.unbindGuard>>; // expect: bindsafe/no-unchecked-unbind-guard
      arg.signalled = nested.parent.revision >= 2 && arg.seqno <= regData.vramSize ? 1 : 0;
      return 0;
    },
  },
};
