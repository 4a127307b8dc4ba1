// A DRM driver whose `satisfies`-checked ioctl table takes its getParam handler from another module, which reads `regData` through a third module's `readParam`. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../../cases/_shared/gpu-drm.js';
import { getParam } from './handlers.js';

let fileIds = 0;

const ioctls = {
  getParam,
  submit: (_dev, regData, arg) => {
    arg.seqno = (regData.counters[`ring${arg.ring}`] ?? 0) + 1;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const paramDrm: GpuDrm = {
  info: { name: 'paramgpu', desc: 'Parameter queries', major: 1, minor: 4, patchlevel: 0 },
  bus: 'pci',
  openFile: (_dev: drm.Device<GpuDrm>): GpuFile => ({ id: ++fileIds, notes: [] }),
  ioctls,
};
