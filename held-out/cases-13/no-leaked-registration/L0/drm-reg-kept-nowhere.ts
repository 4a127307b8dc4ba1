// An auxiliary DRM child registers its DRM device and returns data without the registration. [class 4]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Frontend {
  readonly card: string;
  readonly node: drm.Device<AuxDrm>;
}

export const frontendDriver: auxiliary.Driver<Frontend> = {
  name: 'auxgpu-frontend',
  idTable: [{ modname: 'auxgpu', name: 'drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = adev.id;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'frontend' }, 0); // expect: bindsafe/no-leaked-registration
    return { card: reg.device().name, node: reg.device() };
  },
};
