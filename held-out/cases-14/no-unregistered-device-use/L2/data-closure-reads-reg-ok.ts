// The driver data carries a describe() closure for debugfs that reads the registered device, not the moved one. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Described<T> { readonly value: T; readonly describe: () => string }

export const describedOkDriver: auxiliary.Driver<Described<drm.Registration<AuxDrm>>> = {
  name: 'b14c-described-ok',
  idTable: [{ modname: 'b14c', name: 'described-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const value = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'described' }, 0);
    const dev = value.device();
    return {
      value,
      describe: () => `drm node ${dev.name} (${dev.data.frames} frames)`,
    };
  },
};
