// A suspend listener registered on a module EventTarget reads the Bar after the section ends.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const powerEvents = new EventTarget();

export function hookSuspend(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, { bar }) => {
    powerEvents.addEventListener('suspend', () => { // expect: bindsafe/no-leaked-unbind-guard
      bar.write32(0, 0x04);
    });
  });
}
