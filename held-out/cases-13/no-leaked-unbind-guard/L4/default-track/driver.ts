// A per-label BAR tracker is a default-exported function in another module; the driver feeds it from registrationDataWith. [class 4]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import track from './track.js';

const labelled =
  (prefix: string) =>
  (dev: GpuDevice): string =>
    `${prefix}/${dev.data.label}`;

export const trackAll = (devs: readonly GpuDevice[], prefix = 'gpu'): number =>
  devs.reduce((count, dev) => {
    using guard = dev.unbindGuard();
    if (!guard) return count;
    return guard.registrationDataWith((_parent, data) => track(labelled(prefix)(dev), data.bar)); // expect: bindsafe/no-leaked-unbind-guard
  }, 0);
