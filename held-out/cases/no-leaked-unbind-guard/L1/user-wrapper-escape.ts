// A user's own wrapper class around the guarded parent escapes into a module variable.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

class BoundHandle {
  constructor(readonly pdev: pci.Device<device.Bound>, readonly since: number) {}
  info(message: string): void {
    this.pdev.asRef().info(message);
  }
}

let active: BoundHandle | undefined;

export function activate(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const handle = new BoundHandle(guard.parent, Date.now());
  handle.info('activated');
  active = handle; // expect: bindsafe/no-leaked-unbind-guard
}

export function deactivate(): void {
  active?.info('deactivated');
}
