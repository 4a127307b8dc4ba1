// Naming helpers shared by the panel driver's modules: one for staged devices, one for registered ones.
import type { drm } from '@bindsafe/kernel';

export function describeStaged<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>, suffix: string): string {
  return `${udev.name}${suffix ? `-${suffix}` : ''}`;
}

export function describeLive<D extends drm.AnyDriver>(dev: drm.Device<D>): string {
  return `${dev.name} (live)`;
}
