// A doorbell helper rings the BAR right away and subscribes a listener that only counts rings. [class 7]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const doorbells = new EventTarget();
let rings = 0;

function ringNow(target: EventTarget, bar: pci.Bar, offset: number): void {
  bar.write32(1, offset);
  target.addEventListener('ring', () => rings++, { once: true });
}

export function enableDoorbell(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    ringNow(doorbells, data.bar, 0x100 + ring * 4);
  });
}

export function ringCount(): number {
  return rings;
}
