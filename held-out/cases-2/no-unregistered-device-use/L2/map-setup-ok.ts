// Several unregistered devices made with map, set up in forEach, then each registered once. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const driver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[] }> = {
  name: 'held2-nudu-map-setup',
  idTable: [{ modname: 'held2_core', name: 'heads' }],
  probe(adev) {
    const udevs = [0, 1].map(() => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    udevs.forEach((u, i) => {
      u.data.frames = i * 60;
    });
    const regs = udevs.map((u, i) => drm.Registration.new(adev, u, { core: adev.asRef(), label: `head${i}` }, 0));
    return { regs };
  },
};
