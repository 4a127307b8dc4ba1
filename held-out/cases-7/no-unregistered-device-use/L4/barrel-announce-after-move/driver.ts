// A driver calls a barrel-imported announce() helper with its UnregisteredDevice after moving it into the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { announce } from './drmkit/index.js';

interface VpuData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const vpuDriver: auxiliary.Driver<VpuData> = {
  name: 'held7-vpu',
  idTable: [{ modname: 'held7_soc', name: 'vpu' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'vpu' }, 0);
    announce(adev.asRef(), udev, 'vpu', 'render'); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
