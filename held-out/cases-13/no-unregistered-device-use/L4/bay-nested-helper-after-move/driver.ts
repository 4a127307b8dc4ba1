// An auxiliary display registers the device held by its bay's slot, then describes the bay through an imported helper chain that reads it. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { describeBay, type Bay } from './model/index.js';

export const bayDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly label: string }> = {
  name: 'auxbay-l4-nested',
  idTable: [{ modname: 'auxcore', name: 'bay' }],
  probe(adev) {
    const bay: Bay = { connector: 'dp', slot: { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), lanes: 4 } };
    const reg = drm.Registration.new(adev, bay.slot.udev, { core: adev.asRef(), label: bay.connector }, 0);
    const label = describeBay(bay); // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
