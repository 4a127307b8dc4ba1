// A `.then` callback after the drop only reads the unplugged device's name and data. [class 5]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function unplugAndDescribe(reg: drm.Registration<AuxDrm>): Promise<string> {
  const dev = reg.device();
  return reg.drop().then(() => `${dev.name} unplugged after ${dev.data.frames} frames`);
}

export const mirrorDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-mirror',
  idTable: [{ modname: 'held4_vop', name: 'mirror' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    return { reg: drm.Registration.new(adev, udev, { core: adev.parent(), label: 'mirror' }, 0) };
  },
};
