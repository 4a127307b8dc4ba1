// A submit ioctl destructures `bar` out of `regData` and caches it per ring in a class's static `Map`, used later to ring doorbells. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

const DOORBELL = 0x800;

class Doorbells {
  static readonly byRing = new Map<number, pci.Bar>();

  static ring(ring: number, seqno: number): boolean {
    const bar = Doorbells.byRing.get(ring);
    if (!bar) return false;
    bar.write32(seqno, DOORBELL + ring * 4);
    return true;
  }
}

const ioctls = {
  getParam: (_dev, regData, arg) => {
    arg.value = regData.vramSize;
    return 0;
  },
  submit: (_dev, regData, arg) => {
    const { bar, counters } = regData;
    const key = `ring${arg.ring}`;
    const seqno = (counters[key] ?? 0) + 1;
    counters[key] = seqno;
    if (!Doorbells.byRing.has(arg.ring)) Doorbells.byRing.set(arg.ring, bar); // expect: bindsafe/no-leaked-unbind-guard
    bar.write32(seqno, DOORBELL + arg.ring * 4);
    arg.seqno = seqno;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const doorbellDrm: GpuDrm = {
  info: { name: 'bellgpu', desc: 'Doorbell GPU', major: 2, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: (): GpuFile => ({ id: 1, notes: [] }),
  ioctls,
};

export function rekick(ring: number, seqno: number): boolean {
  return Doorbells.ring(ring, seqno);
}
