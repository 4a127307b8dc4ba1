// A probe logs each configured output in a forEach while the device is still unregistered, then moves it. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const OUTPUTS = ['hdmi', 'dp'] as const;

export const outputsOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-outputs-ok',
  idTable: [{ modname: 'b14c', name: 'outputs-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    OUTPUTS.forEach((output) => {
      udev.data.frames += output.length;
      adev.asRef().info(`${udev.name}: ${output}`);
    });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'outputs' }, 0);
    OUTPUTS.forEach((output) => adev.asRef().info(`${reg.device().name}: ${output} ready`));
    return { reg };
  },
};
