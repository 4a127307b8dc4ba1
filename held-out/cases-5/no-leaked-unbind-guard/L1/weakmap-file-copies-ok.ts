// A `satisfies`-checked ioctl table keeps per-file snapshots of the ring counters in a `WeakMap`: spread copies of a `Record<string, number>`, keyed by the file's data. [class 2]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

const snapshots = new WeakMap<GpuFile, Record<string, number>>();
let nextFileId = 100;

const ioctls = {
  getParam: (_dev, regData, arg, file) => {
    const previous = snapshots.get(file.inner()) ?? {};
    const current = { ...regData.counters };
    snapshots.set(file.inner(), current);
    const key = `ring${arg.param}`;
    arg.value = Math.max(0, (current[key] ?? 0) - (previous[key] ?? 0));
    return 0;
  },
  submit: (_dev, regData, arg) => {
    const key = `ring${arg.ring}`;
    const seqno = (regData.counters[key] ?? 0) + 1;
    regData.counters[key] = seqno;
    arg.seqno = seqno;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const statsDrm: GpuDrm = {
  info: { name: 'statsgpu', desc: 'Ring statistics', major: 1, minor: 0, patchlevel: 3 },
  bus: 'pci',
  openFile: (_dev: drm.Device<GpuDrm>): GpuFile => ({ id: nextFileId++, notes: [] }),
  ioctls,
};
