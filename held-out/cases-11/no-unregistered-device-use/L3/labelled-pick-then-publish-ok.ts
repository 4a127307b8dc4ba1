// A labelled loop picks a free node name, then a same-file overloaded publish() helper moves the device exactly once.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const taken = new Set<string>(['card0']);

function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm>;
function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm>;
function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label = 'card'): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0);
}

interface NodeData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly node: string;
}

export const nodeDriver: auxiliary.Driver<NodeData> = {
  name: 'held11-node',
  idTable: [{ modname: 'held11_gpu', name: 'node' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    let node = 'card';
    search: for (const prefix of ['card', 'gpu']) {
      for (let i = 0; i < 8; i++) {
        const candidate = `${prefix}${i}`;
        if (!taken.has(candidate)) {
          node = candidate;
          break search;
        }
      }
    }
    taken.add(node);
    udev.data.frames = node.length;
    const reg = publish(adev, udev, node);
    return { reg, node };
  },
};
