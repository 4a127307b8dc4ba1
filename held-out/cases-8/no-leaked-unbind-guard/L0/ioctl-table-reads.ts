// Valid: a driver's own ioctl table whose handlers read the registration data only during the call.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

const PARAM_VRAM = 1;
const PARAM_RINGS = 2;

export const tunedDrm: GpuDrm = {
  ...gpuDrm,
  info: { ...gpuDrm.info, name: 'tunedgpu' },
  ioctls: {
    getParam: (_dev, regData, arg) => {
      if (arg.param === PARAM_VRAM) arg.value = regData.vramSize;
      else if (arg.param === PARAM_RINGS) arg.value = Object.keys(regData.counters).length;
      else return -22;
      return 0;
    },
    submit: (_dev, regData, arg) => {
      regData.bar.write32(arg.ring, 0x100);
      arg.seqno = regData.bar.read32(0x104);
      return 0;
    },
  },
};

export type TunedDevice = drm.Device<GpuDrm>;
