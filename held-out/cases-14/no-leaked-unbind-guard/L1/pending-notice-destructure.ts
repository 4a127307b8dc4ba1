// A notification queue collects "device seen" notices; the notice carries the destructured bound parent. [class 6]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface SeenNotice {
  readonly parent: pci.Device<device.Bound>;
  readonly at: number;
}

const pending: SeenNotice[] = [];

export function noteSeen(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const { parent } = guard;
  pending.push({ parent, at: Date.now() }); // expect: bindsafe/no-leaked-unbind-guard
}

export function drainNotices(sink: (notice: SeenNotice) => void): void {
  for (const notice of pending.splice(0)) sink(notice);
}
