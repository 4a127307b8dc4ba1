// A factory returns a poller closing over its parameter; the guarded parent's poller is kept in a module array.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Poller = () => number;

const pollers: Poller[] = [];

function makePoller(parent: pci.Device<device.Bound>): Poller {
  return () => parent.resourceLen(0);
}

export function startPolling(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  pollers.push(makePoller(guard.parent)); // expect: bindsafe/no-leaked-unbind-guard
}
