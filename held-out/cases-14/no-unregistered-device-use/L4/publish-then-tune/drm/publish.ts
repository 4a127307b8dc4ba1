// Publishing helpers: move a prepared device into its registration.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm, AuxRegData } from '../../../../../cases/_shared/aux-drm.js';

export type PublishOptions = Partial<Pick<AuxRegData, 'label'>>;

export function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, { label = 'node' }: PublishOptions = {}) {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0);
}
export type Published = ReturnType<typeof publish>;
