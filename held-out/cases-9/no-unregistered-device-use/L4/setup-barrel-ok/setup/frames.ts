// Helper module: setup steps on an unregistered device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function presetFrames(udev: drm.UnregisteredDevice<AuxDrm>, ...candidates: number[]): number {
  const frames = candidates.length > 0 ? Math.max(...candidates) : 60;
  udev.data = { ...udev.data, frames };
  return frames;
}
