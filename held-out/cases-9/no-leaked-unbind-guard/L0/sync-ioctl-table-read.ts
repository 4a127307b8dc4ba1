// A sync ioctl in the driver's table answers a query from regData's vram size and log length.
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuData, GpuFile, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

export const enumParam = { VramSize: 1, LogLines: 2 } as const;

export interface QueryIoctls {
  readonly query: GetParam;
}

export const queryDrm: drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', QueryIoctls> = {
  info: { name: 'querygpu', desc: 'GPU with a query ioctl', major: 1, minor: 0, patchlevel: 1 },
  bus: 'pci',
  openFile: () => ({ id: 1, notes: [] }),
  ioctls: {
    query: (_dev, regData, arg) => {
      switch (arg.param) {
        case enumParam.VramSize:
          arg.value = regData.vramSize;
          return 0;
        case enumParam.LogLines:
          arg.value = regData.log.length;
          return 0;
        default:
          return -22;
      }
    },
  },
};
