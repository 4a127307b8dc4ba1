// The driver data carries a describe() closure that reads the registered device through the owned registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DescribedData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly describe: () => string;
}

export const describedOkDriver: auxiliary.Driver<DescribedData> = {
  name: 'b8f-described-ok',
  idTable: [{ modname: 'b8f_gpu', name: 'described-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    return {
      reg,
      describe: () => `${reg.device().name} (${reg.device().data.frames} frames)`,
    };
  },
};
