// A probe creates its node through an imported static factory and records only the node's name afterwards.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm } from '../../../../cases/_shared/aux-drm.js';
import { Node } from './node.js';
import { seenNames } from './names.js';

export const nodeFactoryDriver: auxiliary.Driver<{ readonly node: Node }> = {
  name: 'b8f-node-factory',
  idTable: [{ modname: 'b8f_gpu', name: 'node-factory' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const label = `${udev.name}-${adev.id}`;
    const node = Node.register(adev, udev, label);
    seenNames.add(node.name);
    return { node };
  },
};
