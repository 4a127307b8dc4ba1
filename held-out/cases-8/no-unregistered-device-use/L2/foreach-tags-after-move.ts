// After the move, a probe logs a line per capability tag with a forEach callback that reads the moved device. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const CAPS = ['atomic', 'modeset', 'render'] as const;

export const capsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-caps',
  idTable: [{ modname: 'b8f_gpu', name: 'caps' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'caps' }, 0);
    const log = adev.asRef();
    CAPS.forEach((cap) => log.info(`${udev.name}: ${cap}`)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
