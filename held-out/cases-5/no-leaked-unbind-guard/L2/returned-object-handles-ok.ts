// A board-info factory returns an object whose methods close over a `toNormal()` handle, copied numbers and the DRM device handle, which takes a fresh guard when it needs one. [class 7]
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export interface BoardInfo {
  readonly slot: string;
  describe(): string;
  handle(): pci.Device;
  whenIdle(): Promise<boolean>;
}

export function boardInfo(dev: drm.Device<GpuDrm>): BoardInfo | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const handle = guard.parent.toNormal();
  const slot = guard.parent.name;
  const revision = guard.parent.revision;
  return {
    slot,
    describe: () => `${slot} rev ${revision.toString(16)}`,
    handle: () => handle,
    whenIdle: () =>
      pause(1).then(() => {
        using again = dev.unbindGuard();
        return again?.registrationDataWith((_parent, data) => data.log.length === 0) ?? true;
      }),
  };
}
