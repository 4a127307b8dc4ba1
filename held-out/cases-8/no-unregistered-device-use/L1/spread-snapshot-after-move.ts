// A probe takes a spread snapshot of its setup record, registers the device, then logs the name through the snapshot. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Setup {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly tag: string;
}

export const snapDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-snap',
  idTable: [{ modname: 'b8f_gpu', name: 'snap' }],
  probe(adev) {
    const setup: Setup = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), tag: 'snap' };
    const snapshot = { ...setup };
    const reg = drm.Registration.new(adev, setup.udev, { core: adev.asRef(), label: setup.tag }, 0);
    adev.asRef().info(`${snapshot.tag}: ${snapshot.udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
