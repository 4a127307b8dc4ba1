// A probe picks a "fast path" device through a conditional cast and opens a file on it before registration. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const fastPath = { enabled: true };

export const fastDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-fast',
  idTable: [{ modname: 'b8f_gpu', name: 'fast' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const target = fastPath.enabled ? (udev as unknown as AuxDevice) : undefined;
    const file = target?.openFile(); // expect: bindsafe/no-unregistered-device-use
    udev.data.frames = file === undefined ? 0 : 1;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'fast' }, 0);
    return { reg };
  },
};
