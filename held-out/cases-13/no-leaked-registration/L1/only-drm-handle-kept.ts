// The data keeps the DRM device handle from `reg.device()` but not the registration itself. [class 2, 4]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice } from '../../../cases/_shared/aux-drm.js';

interface Display {
  readonly primary: AuxDevice;
  readonly heads: number;
}

export const displayDriver: auxiliary.Driver<Display> = {
  name: 'auxgpu-display',
  idTable: [{ modname: 'auxgpu', name: 'display' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 0); // expect: bindsafe/no-leaked-registration
    const primary = registration.device();
    return { primary, heads: 2 } satisfies Display;
  },
};
