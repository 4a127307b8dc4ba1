// Ioctl handlers in the table append a string to the registration data's log and copy a number out.
import type { drm } from '@bindsafe/kernel';
import type { GpuData, GpuFile, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

interface Trace {
  code: number;
  depth: number;
}

type TraceDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', { readonly trace: Trace }>;

let ids = 1;

export const traceDrm: TraceDrm = {
  info: { name: 'tracegpu', desc: 'Trace ring', major: 0, minor: 1, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: ids++, notes: [] }),
  ioctls: {
    trace: (_dev, regData, arg, file) => {
      regData.log.push(`file ${file.inner().id}: code ${arg.code}`);
      arg.depth = regData.log.length;
      return 0;
    },
  },
};
