// A stats ioctl picks either the live `regData.counters` or a spread copy with a conditional, and keeps its pick per file in a module `WeakMap`. [class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

const STATS_LIVE = 1;
const lastSeen = new WeakMap<GpuFile, Record<string, number>>();

const ioctls = {
  getParam: (_dev, regData, arg, file) => {
    const live = arg.param === STATS_LIVE;
    const view = live ? regData.counters : { ...regData.counters };
    lastSeen.set(file.inner(), view); // expect: bindsafe/no-leaked-unbind-guard
    arg.value = Object.keys(view).length;
    return 0;
  },
  submit: (_dev, regData, arg) => {
    arg.seqno = (regData.counters[`ring${arg.ring}`] ?? 0) + 1;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const liveStatsDrm: GpuDrm = {
  info: { name: 'livegpu', desc: 'Live statistics', major: 1, minor: 1, patchlevel: 0 },
  bus: 'pci',
  openFile: (_dev: drm.Device<GpuDrm>): GpuFile => ({ id: 7, notes: [] }),
  ioctls,
};

export function totalFor(file: GpuFile): number {
  return Object.values(lastSeen.get(file) ?? {}).reduce((sum, n) => sum + n, 0);
}
