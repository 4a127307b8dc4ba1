// An auxiliary driver registers eagerly or lazily depending on a module flag, then always reads the unregistered device's data after the join. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const eager = process.env['AUX_EAGER'] === '1';

export const lazyDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[]; readonly frames: number }> = {
  name: 'auxlazy-l1-join',
  idTable: [{ modname: 'auxcore', name: 'lazy' }],
  probe(adev) {
    const regs: drm.Registration<AuxDrm>[] = [];
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    if (eager) {
      regs.push(drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'eager' }, 0));
    }
    const frames = udev.data.frames; // expect: bindsafe/no-unregistered-device-use
    return { regs, frames };
  },
};
