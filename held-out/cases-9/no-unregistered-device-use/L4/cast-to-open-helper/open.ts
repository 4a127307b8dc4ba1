// Helper module: opens a file on a registered device and returns when it was opened.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function openedAt(dev: drm.Device<AuxDrm>): number {
  return dev.openFile().inner().opened;
}
