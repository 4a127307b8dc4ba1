// A driver "warms up" userspace state by opening a file on an Uninit device forced to Registered before registering it.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface WarmData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const warmDriver: auxiliary.Driver<WarmData> = {
  name: 'held7-warm',
  idTable: [{ modname: 'held7_gpu', name: 'warm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    // SAFETY: the file is only used to prime the open-count before the device is published.
    const warm = udev.assumeCtx<drm.Registered>().openFile(); // expect: bindsafe/no-unregistered-device-use
    adev.asRef().info(`warm: opened at ${warm.inner().opened}`);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'warm' }, 0);
    return { reg };
  },
};
