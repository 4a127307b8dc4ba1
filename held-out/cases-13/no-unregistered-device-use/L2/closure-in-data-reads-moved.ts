// An auxiliary driver returns a describe() closure in its driver data that reads the unregistered device it already registered. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly describe: () => string;
}

export const panelDriver: auxiliary.Driver<PanelData> = {
  name: 'auxpanel-l2-closure',
  idTable: [{ modname: 'auxcore', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    return {
      reg,
      describe: () => `${udev.name} panel`, // expect: bindsafe/no-unregistered-device-use
    };
  },
};
