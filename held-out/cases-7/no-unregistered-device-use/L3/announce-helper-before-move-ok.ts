// The same announce() helper, called during setup before the UnregisteredDevice is moved.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function announce(log: device.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): void {
  log.info(`drm: ${udev.name} with ${udev.data.frames} frames`);
}

interface AnnounceData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const announceDriver: auxiliary.Driver<AnnounceData> = {
  name: 'held7-announce-ok',
  idTable: [{ modname: 'held7_gpu', name: 'announce' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    announce(adev.asRef(), udev);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'announce' }, 0);
    return { reg };
  },
};
