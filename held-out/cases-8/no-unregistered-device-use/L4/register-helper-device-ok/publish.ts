// Registers a DRM node, with overloads for a default label.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm>;
export function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm>;
export function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label = 'card'): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0);
}
