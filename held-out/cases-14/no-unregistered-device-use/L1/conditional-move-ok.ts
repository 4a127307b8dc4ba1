// A probe picks the registration data with a conditional expression: each branch moves the device once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const enum Mode { Compute = 'compute', Display = 'display' }
export interface ModeInfo { readonly mode: Mode }

export const modeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }, ModeInfo> = {
  name: 'b14c-mode',
  idTable: [{ modname: 'b14c', name: 'mode', info: { mode: Mode.Display } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg =
      info?.mode === Mode.Compute
        ? drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'compute' }, 0)
        : drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 1);
    return { reg };
  },
};
