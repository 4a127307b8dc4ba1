// A probe logs its bay through an imported helper that reads the bay's slot device, after that device was moved. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { logBay, type Bay } from './setup/index.js';

export const bayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-l4-bay',
  idTable: [{ modname: 'b14c', name: 'l4-bay' }],
  probe(adev) {
    const bay: Bay<AuxDrm> = {
      slot: { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), vram: 32 << 20 },
      connector: 'DP-1',
    };
    const reg = drm.Registration.new(adev, bay.slot.udev, { core: adev.asRef(), label: bay.connector }, 0);
    logBay(adev.asRef(), bay); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
