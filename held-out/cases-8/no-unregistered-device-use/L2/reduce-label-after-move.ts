// After registering, a probe builds a label with reduce() whose callback reads the moved device's name. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const labelDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly label: string }> = {
  name: 'b8f-label',
  idTable: [{ modname: 'b8f_gpu', name: 'label' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'label' }, 0);
    const parts = ['card', String(adev.id)];
    const label = parts.reduce((acc, part) => `${acc}-${part}-${udev.name}`, ''); // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
