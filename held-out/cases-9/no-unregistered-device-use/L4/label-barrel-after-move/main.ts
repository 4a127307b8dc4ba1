// A probe computes the sysfs label through a barrel helper after the device was already moved.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { headLabel } from './heads/index.js';

export const labelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly sysfs: string }> = {
  name: 'b9d-label',
  idTable: [{ modname: 'b9d_gpu', name: 'label' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'label' }, 0);
    const sysfs = headLabel(udev, 1); // expect: bindsafe/no-unregistered-device-use
    return { reg, sysfs };
  },
};
