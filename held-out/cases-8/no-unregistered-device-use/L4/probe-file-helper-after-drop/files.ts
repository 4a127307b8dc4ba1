// Opens a probe file on a DRM device and returns its timestamp.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function openProbeFile(dev: drm.Device<AuxDrm>): number {
  return dev.openFile().inner().opened;
}
