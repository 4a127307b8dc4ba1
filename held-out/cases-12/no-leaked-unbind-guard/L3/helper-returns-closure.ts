// A probe helper returns a status poller closing over its argument; the caller keeps it in a module array. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Poller = () => number;

const pollers: Poller[] = [];

function makePoller(parent: pci.Device<device.Bound>): Poller {
  return () => parent.resourceLen(0);
}

export function addPoller(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    pollers.push(makePoller(parent)); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export const pollAll = (): number[] => pollers.map((p) => p());
