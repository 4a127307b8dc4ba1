// [class 3] A probe forces the Registered context on the unregistered device and gives it to a helper that opens a file.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function probeOpen(dev: drm.Device<AuxDrm>): number {
  return dev.openFile().inner().opened;
}

export const earlyOpenDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly openedAt: number }> = {
  name: 'b9d-early-open',
  idTable: [{ modname: 'b9d_gpu', name: 'early' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the open only checks that the file plumbing works before userspace can see the node.
    const openedAt = probeOpen(udev.assumeCtx<drm.Registered>()); // expect: bindsafe/no-unregistered-device-use
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'early' }, 0);
    return { reg, openedAt };
  },
};
