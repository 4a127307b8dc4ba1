// An enqueue() helper pushes a Bar onto the queue it is given: the caller passes a module-level queue.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const pending: pci.Bar[] = [];

function enqueue(queue: pci.Bar[], bar: pci.Bar): number {
  return queue.push(bar);
}

export function queueFlush(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => enqueue(pending, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
}
