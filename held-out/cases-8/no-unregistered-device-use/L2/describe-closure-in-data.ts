// The driver data carries a describe() closure that reads the UnregisteredDevice after it was moved. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DescribedData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly describe: () => string;
}

export const describedDriver: auxiliary.Driver<DescribedData> = {
  name: 'b8f-described',
  idTable: [{ modname: 'b8f_gpu', name: 'described' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    return {
      reg,
      describe: () => `${udev.name} (${udev.data.frames} frames)`, // expect: bindsafe/no-unregistered-device-use
    };
  },
};
