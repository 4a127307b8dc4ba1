// A report-ops table labels a device; the caller uses it after dropping the registration, and it only reads the name. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface ReportOps<D extends drm.AnyDriver> {
  label(dev: drm.Device<D>): string;
  frames(dev: drm.Device<D>): number;
}

const ops: ReportOps<AuxDrm> = {
  label(dev) {
    return `${dev.name} (gone)`;
  },
  frames: (dev) => dev.data.frames,
};

export async function reportAfterUnplug(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  await reg.drop();
  return `${ops.label(dev)}: ${ops.frames(dev)}`;
}
