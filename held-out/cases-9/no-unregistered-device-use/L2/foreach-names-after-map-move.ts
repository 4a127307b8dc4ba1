// [class 7] Every pending device is moved in a `.map`, then a `.forEach` arrow reads their names.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const fanoutDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[]; readonly names: readonly string[] }> = {
  name: 'b9d-fanout',
  idTable: [{ modname: 'b9d_gpu', name: 'fanout' }],
  probe(adev) {
    const pending = [0, 1, 2].map(() => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const regs = pending.map((udev, i) => drm.Registration.new(adev, udev, { core: adev.asRef(), label: `head${i}` }, 0));
    const names: string[] = [];
    pending.forEach((udev) => names.push(udev.name)); // expect: bindsafe/no-unregistered-device-use
    return { regs, names };
  },
};
