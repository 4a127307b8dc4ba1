// A getParam ioctl of a `satisfies`-checked table hands `regData.bar` to another module that keeps it in a `WeakMap` keyed by the open file. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../../cases/_shared/gpu-drm.js';
import { rememberMapping } from './file-cache.js';

const APERTURE = 0x10;

const ioctls = {
  getParam: (_dev, regData, arg, file) => {
    arg.value = regData.bar.read32(APERTURE + arg.param * 4);
    rememberMapping(file.inner(), regData.bar); // expect: bindsafe/no-leaked-unbind-guard
    return 0;
  },
  submit: (_dev, regData, arg) => {
    arg.seqno = (regData.counters[`ring${arg.ring}`] ?? 0) + 1;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const apertureDrm: GpuDrm = {
  info: { name: 'aperture', desc: 'Aperture mapper', major: 0, minor: 9, patchlevel: 0 },
  bus: 'pci',
  openFile: (_dev: drm.Device<GpuDrm>): GpuFile => ({ id: 11, notes: [] }),
  ioctls,
};
