// A submit ioctl of a `satisfies`-checked table asks a same-file helper to ring the doorbell later; the helper's `.then` callback keeps the `regData` BAR it was given. [class 5]
import type { pci } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

const DOORBELL = 0x900;

function ringLater(bar: pci.Bar, ring: number, seqno: number): Promise<void> {
  return pause(0).then(() => bar.write32(seqno, DOORBELL + ring * 4));
}

const ioctls = {
  getParam: (_dev, regData, arg) => {
    arg.value = regData.vramSize;
    return 0;
  },
  submit: (_dev, regData, arg) => {
    const key = `ring${arg.ring}`;
    const seqno = (regData.counters[key] ?? 0) + 1;
    regData.counters[key] = seqno;
    void ringLater(regData.bar, arg.ring, seqno); // expect: bindsafe/no-leaked-unbind-guard
    arg.seqno = seqno;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const lazyBellDrm: GpuDrm = {
  info: { name: 'lazybell', desc: 'Deferred doorbells', major: 1, minor: 0, patchlevel: 1 },
  bus: 'pci',
  openFile: (): GpuFile => ({ id: 3, notes: [] }),
  ioctls,
};
