// A driver logs a description from another module's default export, built from the device after it moved it into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import describe from './describe.js';

interface DescribedData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const describedDriver: auxiliary.Driver<DescribedData> = {
  name: 'held11-described',
  idTable: [{ modname: 'held11_gpu', name: 'described' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 25 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    const line = describe(udev, 'primary', 'aux'); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(line);
    return { reg };
  },
};
