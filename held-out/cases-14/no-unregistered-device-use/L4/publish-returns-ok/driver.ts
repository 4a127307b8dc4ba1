// A probe tunes its node, publishes it through an imported helper and tunes the registered device afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm } from '../../../../cases/_shared/aux-drm.js';
import { publish, type Published } from './drm/index.js';

export class PublishedNode {
  constructor(readonly reg: Published) {}
  get dev() {
    return this.reg.device();
  }
}

export const publishOkDriver: auxiliary.Driver<PublishedNode> = {
  name: 'b14c-l4-publish-ok',
  idTable: [{ modname: 'b14c', name: 'l4-publish-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 60;
    const node = new PublishedNode(publish(adev, udev, { label: 'publish' }));
    node.dev.data.frames = 120;
    return node;
  },
};
