// Helper module: a post-mortem line from a device's name and data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function postmortem(dev: drm.Device<AuxDrm>): string {
  return `${dev.name}: ${dev.data.frames} frames before unplug`;
}
