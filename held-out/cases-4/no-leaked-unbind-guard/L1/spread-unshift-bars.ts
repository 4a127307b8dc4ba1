// Registration-data BARs gathered with rest/spread into an array literal are unshifted into a module-level queue. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const flushQueue: pci.Bar[] = [];

export function queueFlush(...devs: GpuDevice[]): number {
  let queued = 0;
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    guard.registrationDataWith((_parent, data) => {
      const bars = [data.bar];
      flushQueue.unshift(...bars); // expect: bindsafe/no-leaked-unbind-guard
      queued += bars.length;
    });
  }
  return queued;
}

export function pendingFlushes(): number {
  return flushQueue.length;
}
