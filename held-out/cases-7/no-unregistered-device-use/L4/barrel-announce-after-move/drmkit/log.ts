// Logging helpers for the DRM side of the driver.
import type { device, drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function announce(log: device.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, ...tags: string[]): void {
  log.info(`drm: ${udev.name} [${tags.join(',')}]`);
}
