// An auxiliary display driver walks a small bring-up state machine and logs the unregistered device's name once it is registered.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Stage = 'alloc' | 'register' | 'live';

interface DisplayData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly stages: readonly Stage[];
}

export const displayDriver: auxiliary.Driver<DisplayData> = {
  name: 'auxdisp-l0-name',
  idTable: [{ modname: 'auxcore', name: 'display' }],
  probe(adev) {
    const stages: Stage[] = ['alloc'];
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    stages.push('register');
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `disp.${adev.id}` }, 0);
    stages.push('live');
    const banner = `${udev.name} is ${stages.at(-1) ?? 'unknown'}`; // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(banner);
    return { reg, stages };
  },
};
