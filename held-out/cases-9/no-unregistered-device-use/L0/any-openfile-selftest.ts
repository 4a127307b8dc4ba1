// [class 8] A self-test opens a file on the still-unregistered device through `any` before registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const selftestDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly opened: boolean }> = {
  name: 'b9d-selftest',
  idTable: [{ modname: 'b9d_gpu', name: 'selftest' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const loose: any = udev;
    const opened = loose.openFile() !== undefined; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'selftest' }, 0);
    return { reg, opened };
  },
};
