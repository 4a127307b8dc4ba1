// A probe warms the open path through another module's promote() helper before it has registered the device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { promote } from './promote.js';

interface WarmData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly warmedAt: number;
}

export const warmDriver: auxiliary.Driver<WarmData> = {
  name: 'held11-warm',
  idTable: [{ modname: 'held11_gpu', name: 'warm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const warmedAt = promote(udev).openFile().inner().opened; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'warm' }, 0);
    return { reg, warmedAt };
  },
};
