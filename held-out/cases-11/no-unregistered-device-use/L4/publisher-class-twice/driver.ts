// A driver uses a Publisher service from another module for the primary node, then asks it again with the same device for a mirror.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { Publisher } from './publisher.js';

interface MirrorData {
  readonly primary: drm.Registration<AuxDrm>;
  readonly mirror: drm.Registration<AuxDrm>;
}

export const mirrorDriver: auxiliary.Driver<MirrorData> = {
  name: 'held11-mirror',
  idTable: [{ modname: 'held11_gpu', name: 'mirror' }],
  probe(adev) {
    const publisher = new Publisher('aux');
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 60 });
    const primary = publisher.publish(adev, udev, 'primary');
    const mirror = publisher.publish(adev, udev, 'mirror'); // expect: bindsafe/no-unregistered-device-use
    return { primary, mirror };
  },
};
