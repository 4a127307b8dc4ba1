// A probe logs its node through a generic describe() helper while the device is still unregistered.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function describe<D extends drm.AnyDriver>(udev: Pick<drm.UnregisteredDevice<D>, 'name'>, suffix = ''): string {
  return `${udev.name}${suffix}`;
}

export const describeOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly text: string }> = {
  name: 'b14c-describe-ok',
  idTable: [{ modname: 'b14c', name: 'describe-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const text = describe(udev, `@${adev.id}`);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'describe' }, 0);
    return { reg, text: `${text} -> ${describe(reg.device())}` };
  },
};
