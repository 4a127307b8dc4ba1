// A switch on a power-state enum returns the guarded parent out of its `using` block on one arm.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export enum PowerState {
  Off,
  Idle,
  Active,
}

export function activeParent(dev: GpuDevice, state: PowerState): pci.Device<device.Bound> | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  switch (state) {
    case PowerState.Off:
      return undefined;
    case PowerState.Idle:
      guard.parent.asRef().info('idle');
      return undefined;
    case PowerState.Active:
      return guard.parent; // expect: bindsafe/no-leaked-unbind-guard
  }
}
