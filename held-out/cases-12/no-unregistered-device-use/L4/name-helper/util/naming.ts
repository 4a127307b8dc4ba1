// Naming helpers shared by the panel driver's modules.
import type { drm } from '@bindsafe/kernel';

export function describeStaged<D extends drm.AnyDriver>(udev: drm.UnregisteredDevice<D>, suffix: string): string {
  return `${udev.name}${suffix ? `-${suffix}` : ''}`;
}
