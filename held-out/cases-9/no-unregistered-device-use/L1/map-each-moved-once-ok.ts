// A Map of named heads is registered entry by entry; each device is moved exactly once and never touched again.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const multiDriver: auxiliary.Driver<{ readonly regs: ReadonlyMap<string, drm.Registration<AuxDrm>> }> = {
  name: 'b9d-multi',
  idTable: [{ modname: 'b9d_gpu', name: 'multi' }],
  probe(adev) {
    const pending = new Map<string, drm.UnregisteredDevice<AuxDrm>>();
    for (const name of ['left', 'right']) {
      pending.set(name, drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    }
    const regs = new Map<string, drm.Registration<AuxDrm>>();
    for (const [name, udev] of pending) {
      regs.set(name, drm.Registration.new(adev, udev, { core: adev.asRef(), label: name }, 0));
    }
    pending.clear();
    return { regs };
  },
};
