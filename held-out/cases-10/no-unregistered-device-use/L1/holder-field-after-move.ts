// A setup record keeps the unregistered device in a field; the probe reads it back after registering.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Setup {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

export const holderDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly frames: number }> = {
  name: 'b10d-holder',
  idTable: [{ modname: 'b10d_gpu', name: 'holder' }],
  probe(adev) {
    const setup: Setup = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'holder' };
    const reg = drm.Registration.new(adev, setup.udev, { core: adev.asRef(), label: setup.label }, 0);
    const frames = setup.udev.data.frames; // expect: bindsafe/no-unregistered-device-use
    return { reg, frames };
  },
};
