// A driver's data carries a label() closure that reads the UnregisteredDevice it already moved into the registration. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface LabelledData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly label: () => string;
}

export const labelledDriver: auxiliary.Driver<LabelledData> = {
  name: 'held7-labelled',
  idTable: [{ modname: 'held7_gpu', name: 'labelled' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'labelled' }, 0);
    return {
      reg,
      label: () => udev.name, // expect: bindsafe/no-unregistered-device-use
    };
  },
};
