// Setup slots: a pending DRM device with its VRAM budget.
import type { device, drm } from '@bindsafe/kernel';

export interface Slot<D extends drm.AnyDriver> { readonly udev: drm.UnregisteredDevice<D>; readonly vram: number }

export function logSlot<D extends drm.AnyDriver>(parent: device.Device<device.Bound>, slot: Slot<D>): void {
  parent.info(`${slot.udev.name}: ${slot.vram >> 20} MiB`);
}
