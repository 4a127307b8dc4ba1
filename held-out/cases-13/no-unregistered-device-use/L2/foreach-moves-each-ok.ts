// An auxiliary driver registers one fresh unregistered device per planned node from a forEach, then works only with the registrations. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const planDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[]; readonly names: readonly string[] }> = {
  name: 'auxplan-l2-foreach-ok',
  idTable: [{ modname: 'auxcore', name: 'plan' }],
  probe(adev) {
    const regs: drm.Registration<AuxDrm>[] = [];
    (['primary', 'render'] as const).forEach((label) => {
      const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
      udev.data.frames = label === 'primary' ? 60 : 0;
      regs.push(drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0));
    });
    const names = regs.map((reg) => reg.device().name);
    return { regs, names };
  },
};
