// The poller factory's closure is called at once inside the section; only the numbers are kept. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Poller = () => number;

const readings: number[] = [];

function makePoller(parent: pci.Device<device.Bound>): Poller {
  return () => parent.resourceLen(0);
}

export function pollOnce(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const poll = makePoller(parent);
    readings.push(poll(), poll());
  });
}
