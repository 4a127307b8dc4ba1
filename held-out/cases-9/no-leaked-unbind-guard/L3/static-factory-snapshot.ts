// A static factory keeps the newest snapshot's parent in a static private field [class 6].
import type { device, drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class ParentSnapshot {
  static #latest: ParentSnapshot | undefined;

  private constructor(readonly parent: pci.Device<device.Bound>, readonly at: number) {}

  static of(parent: pci.Device<device.Bound>): ParentSnapshot {
    const snap = new ParentSnapshot(parent, Date.now());
    ParentSnapshot.#latest = snap;
    return snap;
  }

  static get latestAt(): number {
    return ParentSnapshot.#latest?.at ?? 0;
  }
}

export function takeSnapshot(dev: drm.Device<GpuDrm>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const snap = ParentSnapshot.of(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return snap.at;
}
