// A multi-plane driver registers each plane's device in a loop, then logs the moved devices' names in a forEach callback.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface PlaneData {
  readonly planes: drm.Registration<AuxDrm>[];
}

export const planeDriver: auxiliary.Driver<PlaneData> = {
  name: 'held7-planes',
  idTable: [{ modname: 'held7_gpu', name: 'planes' }],
  probe(adev) {
    const udevs = [0, 1].map(() => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const planes = udevs.map((u, i) => drm.Registration.new(adev, u, { core: adev.asRef(), label: `plane${i}` }, 0));
    udevs.forEach((u) => {
      adev.asRef().info(`planes: ${u.name} up`); // expect: bindsafe/no-unregistered-device-use
    });
    return { planes };
  },
};
