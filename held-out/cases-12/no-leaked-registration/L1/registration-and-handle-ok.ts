// An auxiliary display child registers its DRM device and keeps both the registration and a handle in its data. [class 2, class 4]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Panel {
  readonly card: AuxDevice;
  readonly id: number;
  readonly registration: drm.Registration<AuxDrm>;
}

export const panelDriver: auxiliary.Driver<Panel> = {
  name: 'aux-panel',
  idTable: [{ modname: 'auxgpu', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `panel${adev.id}` }, 0);
    const { id } = adev;
    const card = registration.device();
    return { card, id, registration };
  },
};
