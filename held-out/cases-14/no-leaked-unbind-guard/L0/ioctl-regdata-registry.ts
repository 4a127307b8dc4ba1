// A DRM driver whose submit ioctl registers the ring's BAR in a module-level completion registry.
import type { pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const completions = new Map<number, pci.Bar>();
let nextId = 1;

export const ringDrm: GpuDrm = {
  info: { name: 'ringgpu', desc: 'Ring GPU', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: nextId++, notes: [] }),
  ioctls: {
    getParam: (_dev, regData, arg) => {
      arg.value = regData.vramSize;
      return 0;
    },
    submit: (_dev, regData, arg) => {
      completions.set(arg.ring, regData.bar); // expect: bindsafe/no-leaked-unbind-guard
      arg.seqno = regData.log.length;
      return 0;
    },
  },
};
