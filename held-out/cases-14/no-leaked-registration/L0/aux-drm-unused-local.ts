// An auxiliary display driver registers its DRM device and leaves the registration in an unused local.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxData } from '../../../cases/_shared/aux-drm.js';

const DISPLAY = { label: 'auxgpu-display', flags: 0 } as const;

interface DisplayData {
  readonly label: string;
}

export const displayDriver: auxiliary.Driver<DisplayData> = {
  name: 'aux-display',
  idTable: [{ modname: 'nova_core', name: 'display' }],
  probe(adev) {
    const data: AuxData = { adev: adev.toNormal(), frames: 0 };
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, data);
    const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: DISPLAY.label }, DISPLAY.flags); // expect: bindsafe/no-leaked-registration
    return { label: DISPLAY.label };
  },
};
