// A sync ioctl sums the counters with Object.entries while the section is open.
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuData, GpuFile, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

export interface StatIoctls {
  readonly totals: GetParam;
}

export const statDrm: drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', StatIoctls> = {
  info: { name: 'statgpu', desc: 'GPU with a totals ioctl', major: 1, minor: 0, patchlevel: 3 },
  bus: 'pci',
  openFile: () => ({ id: 0, notes: [] }),
  ioctls: {
    totals: (_dev, regData, arg) => {
      let sum = 0;
      for (const [name, n] of Object.entries(regData.counters)) {
        if (name.startsWith(`p${arg.param}`)) sum += n;
      }
      arg.value = sum;
      return 0;
    },
  },
};
