// A render node is registered from the same unregistered device as the primary one.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const renderDriver: auxiliary.Driver<{ readonly primary: drm.Registration<AuxDrm>; readonly render: drm.Registration<AuxDrm> }> = {
  name: 'b10d-render',
  idTable: [{ modname: 'b10d_gpu', name: 'render' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'primary' }, 0);
    const render = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'render' }, 1); // expect: bindsafe/no-unregistered-device-use
    return { primary, render };
  },
};
