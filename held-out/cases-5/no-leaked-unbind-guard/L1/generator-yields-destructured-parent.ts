// A generator takes a `using` guard per GPU and yields the destructured `{ parent }`; its caller collects the parents and uses them after every guard is gone. [class 8]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function* boundParents(devs: Iterable<GpuDevice>): Generator<pci.Device<device.Bound>, void, undefined> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    const { parent } = guard;
    yield parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}

export function revisionHistogram(devs: Iterable<GpuDevice>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const pdev of Array.from(boundParents(devs))) {
    counts.set(pdev.revision, (counts.get(pdev.revision) ?? 0) + 1);
  }
  return counts;
}
