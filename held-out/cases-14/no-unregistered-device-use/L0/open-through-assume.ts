// A probe warms the file cache by opening a file before registering, forcing the Registered context. [class 8]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const warmDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly opened: number }> = {
  name: 'b14c-warm',
  idTable: [{ modname: 'b14c', name: 'warm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the driver promises the node is ready before userspace sees it.
    const opened = udev.assumeCtx<drm.Registered>().openFile().inner().opened; // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'warm' }, 0);
    return { reg, opened };
  },
};
