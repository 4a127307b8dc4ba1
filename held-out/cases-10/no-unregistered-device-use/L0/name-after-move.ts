// The probe logs the driver name after handing the device to Registration.new.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const panelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly banner: string }> = {
  name: 'b10d-panel',
  idTable: [{ modname: 'b10d_gpu', name: 'panel' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    const banner = `${udev.name} ready`; // expect: bindsafe/no-unregistered-device-use
    return { reg, banner };
  },
};
