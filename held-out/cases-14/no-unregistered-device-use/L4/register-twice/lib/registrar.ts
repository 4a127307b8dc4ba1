// A small registrar: the one place this driver family calls drm.Registration.new.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export interface RegisterOptions { readonly label: string; readonly flags?: number }

export function register(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, { label, flags = 0 }: RegisterOptions): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, flags);
}

export const fresh = (parent: auxiliary.Device<device.Bound>, auxDrm: AuxDrm): drm.UnregisteredDevice<AuxDrm> =>
  drm.UnregisteredDevice.new(auxDrm, parent, { adev: parent.toNormal(), frames: 0 });
