// A probe registers its devices from a forEach callback, then reads the first device's data after the loop. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface FleetData {
  readonly regs: drm.Registration<AuxDrm>[];
}

export const fleetDriver: auxiliary.Driver<FleetData> = {
  name: 'b8f-fleet',
  idTable: [{ modname: 'b8f_gpu', name: 'fleet' }],
  probe(adev) {
    const first = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const regs: drm.Registration<AuxDrm>[] = [];
    [first].forEach((u) => {
      regs.push(drm.Registration.new(adev, u, { core: adev.asRef(), label: 'fleet' }, 0));
    });
    adev.asRef().info(`fleet starts at ${first.data.frames}`); // expect: bindsafe/no-unregistered-device-use
    return { regs };
  },
};
