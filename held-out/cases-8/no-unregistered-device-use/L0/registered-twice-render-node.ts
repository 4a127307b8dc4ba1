// A probe registers the same UnregisteredDevice a second time, hoping to get a separate render node.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface NodesData {
  readonly primary: drm.Registration<AuxDrm>;
  readonly render: drm.Registration<AuxDrm>;
}

const RENDER_FLAGS = 1;

export const nodesDriver: auxiliary.Driver<NodesData> = {
  name: 'b8f-nodes',
  idTable: [{ modname: 'b8f_gpu', name: 'nodes' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'primary' }, 0);
    const render = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'render' }, RENDER_FLAGS); // expect: bindsafe/no-unregistered-device-use
    return { primary, render };
  },
};
