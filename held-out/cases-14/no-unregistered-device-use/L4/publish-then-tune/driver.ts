// A probe publishes its node through an imported helper and then keeps tuning the device that helper moved.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm } from '../../../../cases/_shared/aux-drm.js';
import { publish, type Published } from './drm/index.js';

export class PublishedNode {
  constructor(readonly reg: Published) {}
}

export const publishDriver: auxiliary.Driver<PublishedNode> = {
  name: 'b14c-l4-publish',
  idTable: [{ modname: 'b14c', name: 'l4-publish' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const node = new PublishedNode(publish(adev, udev, { label: 'publish' }));
    udev.data.frames = 120; // expect: bindsafe/no-unregistered-device-use
    return node;
  },
};
