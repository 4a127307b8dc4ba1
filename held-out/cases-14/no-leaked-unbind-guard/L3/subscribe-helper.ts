// A doorbell helper subscribes a listener on the shared doorbell target that rings the BAR. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const doorbells = new EventTarget();

function wireDoorbell(target: EventTarget, bar: pci.Bar, offset: number): void {
  target.addEventListener('ring', () => bar.write32(1, offset));
}

export function enableDoorbell(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    wireDoorbell(doorbells, data.bar, 0x100 + ring * 4); // expect: bindsafe/no-leaked-unbind-guard
  });
}
