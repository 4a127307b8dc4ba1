// [class 6] A pending-head record is moved through its field, then destructured and its data written.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PendingHead {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

export const headDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-head',
  idTable: [{ modname: 'b9d_gpu', name: 'head' }],
  probe(adev) {
    const pending: PendingHead = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'head0' };
    const reg = drm.Registration.new(adev, pending.udev, { core: adev.asRef(), label: pending.label }, 0);
    const { udev } = pending;
    udev.data = { adev: adev.toNormal(), frames: 1 }; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
