// Log formatting for DRM bring-up: reads an unregistered device's name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function describePending(udev: drm.UnregisteredDevice<AuxDrm>, stage: string): string {
  return `[${stage}] ${udev.name} frames=${udev.data.frames}`;
}
