// An auxiliary driver registers its device from inside a forEach over planned nodes, then reads the moved device afterwards. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const planDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[]; readonly name: string }> = {
  name: 'auxplan-l2-foreach-move',
  idTable: [{ modname: 'auxcore', name: 'plan' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const regs: drm.Registration<AuxDrm>[] = [];
    (['primary'] as const).forEach((label) => {
      regs.push(drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0));
    });
    const name = udev.name; // expect: bindsafe/no-unregistered-device-use
    return { regs, name };
  },
};
