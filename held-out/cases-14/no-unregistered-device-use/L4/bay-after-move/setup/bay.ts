// A bay groups a slot with its connector; logging a bay logs its slot.
import type { device, drm } from '@bindsafe/kernel';
import { logSlot, type Slot } from './slot.js';

export interface Bay<D extends drm.AnyDriver> { readonly slot: Slot<D>; readonly connector: string }

export function logBay<D extends drm.AnyDriver>(parent: device.Device<device.Bound>, bay: Bay<D>): void {
  parent.info(`bay ${bay.connector}`);
  logSlot(parent, bay.slot);
}
