// A conditional picks the guarded parent or a handle; the result is kept in a class field.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export class Monitor {
  target: pci.Device | undefined;

  constructor(private readonly fallback: pci.Device) {}

  watch(dev: GpuDevice, preferLive: boolean): void {
    using guard = dev.unbindGuard();
    if (!guard) return;
    const chosen = preferLive ? guard.parent : this.fallback;
    this.target = chosen; // expect: bindsafe/no-leaked-unbind-guard
  }
}
