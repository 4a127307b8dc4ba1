// A multi-head probe registers every pending head in a for…of, then logs the first head from the array. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const headsDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-heads',
  idTable: [{ modname: 'b14c', name: 'heads' }],
  probe(adev) {
    const heads = [0, 1, 2].map((n) => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: n }));
    const regs: drm.Registration<AuxDrm>[] = [];
    for (const head of heads) regs.push(drm.Registration.new(adev, head, { core: adev.asRef(), label: 'head' }, 0));
    adev.asRef().info(`first head ${heads[0]!.name}`); // expect: bindsafe/no-unregistered-device-use
    return { regs };
  },
};
