// [class 7] A NIC stats poller: a same-file helper returns a closure over the bar it is given; the caller stores it.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const pollers: Array<() => number> = [];

function makePoller(bar: pci.Bar, offset: number): () => number {
  return () => bar.read32(offset);
}

export function addStatsPoller(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    pollers.push(makePoller(data.bar, 0x40)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
