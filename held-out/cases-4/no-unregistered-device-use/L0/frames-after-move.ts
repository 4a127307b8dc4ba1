// probe bumps the unregistered device's frame budget with `+=` after moving it into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Panel {
  readonly reg: drm.Registration<AuxDrm>;
}

export const panelDriver: auxiliary.Driver<Panel> = {
  name: 'held4-panel',
  idTable: [{ modname: 'held4_lcdc', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: `panel-${adev.id}` }, 0);
    udev.data.frames += 60; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
