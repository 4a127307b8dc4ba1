// Opens a probe file on a registered DRM device.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function openProbeFile(dev: drm.Device<AuxDrm>): number {
  return dev.openFile().inner().opened;
}
