// The render node is meant to be a second device, but it is an alias of the primary's UnregisteredDevice: registered twice. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Nodes {
  readonly primary: drm.Registration<AuxDrm>;
  readonly render: drm.Registration<AuxDrm>;
}

export const nodesDriver: auxiliary.Driver<Nodes> = {
  name: 'held4-nodes',
  idTable: [{ modname: 'held4_gpu', name: 'drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const renderNode = udev;
    const core = adev.parent();
    const primary = drm.Registration.new(adev, udev, { core, label: 'card' }, 0);
    const render = drm.Registration.new(adev, renderNode, { core, label: 'renderD' }, 0); // expect: bindsafe/no-unregistered-device-use
    return { primary, render };
  },
};
