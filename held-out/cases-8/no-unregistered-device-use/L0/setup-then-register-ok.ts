// A probe names and configures the UnregisteredDevice, registers it, and logs through the registered device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const cursorDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-cursor',
  idTable: [{ modname: 'b8f_gpu', name: 'cursor' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = adev.id * 2;
    const banner = `${udev.name}: ${udev.data.frames} frames`;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: banner }, 0);
    adev.asRef().info(`registered ${reg.device().name}`);
    return { reg };
  },
};
