// Registers a DRM node under its parent.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export function registerNode(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0);
}
