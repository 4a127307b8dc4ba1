// A probe registers the device and then, in a forEach callback, tags each output with the moved device's name.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const tagDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly tags: string[] }> = {
  name: 'b10d-tag',
  idTable: [{ modname: 'b10d_gpu', name: 'tag' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'tag' }, 0);
    const tags: string[] = [];
    ['hdmi', 'dp'].forEach((port) => tags.push(`${udev.name}-${port}`)); // expect: bindsafe/no-unregistered-device-use
    return { reg, tags };
  },
};
