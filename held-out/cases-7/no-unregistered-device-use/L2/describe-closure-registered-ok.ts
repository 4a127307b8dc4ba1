// A driver returns a describe() closure in its data that reads the registered device (a drm.Device handle), not the moved one.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DescribedData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly describe: () => string;
}

export const describedDriver: auxiliary.Driver<DescribedData> = {
  name: 'held7-described',
  idTable: [{ modname: 'held7_gpu', name: 'described' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    const dev = reg.device();
    return { reg, describe: () => `${dev.name}: ${dev.data.frames} frames` };
  },
};
