// An auxiliary display driver walks its bring-up stages and logs the name of the registered device, not the moved one.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Stage = 'alloc' | 'register' | 'live';

interface DisplayData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly stages: readonly Stage[];
}

export const displayDriver: auxiliary.Driver<DisplayData> = {
  name: 'auxdisp-l0-name-ok',
  idTable: [{ modname: 'auxcore', name: 'display' }],
  probe(adev) {
    const stages: Stage[] = ['alloc'];
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const plannedName = udev.name;
    stages.push('register');
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `disp.${adev.id}` }, 0);
    stages.push('live');
    const banner = `${reg.device().name} (planned ${plannedName}) is ${stages.at(-1) ?? 'unknown'}`;
    adev.asRef().info(banner);
    return { reg, stages };
  },
};
