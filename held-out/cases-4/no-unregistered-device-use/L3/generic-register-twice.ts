// A generic helper registers whatever UnregisteredDevice it is given; probe calls it twice with the same device. [class 2]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function registerNode<D extends drm.AnyDriver>(
  parent: drm.ParentDevice<drm.BusOf<D>, device.Bound>,
  udev: drm.UnregisteredDevice<D>,
  regData: drm.RegDataOf<D>,
): drm.Registration<D> {
  return drm.Registration.new(parent, udev, regData, 0);
}

interface Nodes {
  readonly card: drm.Registration<AuxDrm>;
  readonly render: drm.Registration<AuxDrm>;
}

export const splitNodesDriver: auxiliary.Driver<Nodes> = {
  name: 'held4-split-nodes',
  idTable: [{ modname: 'held4_gpu', name: 'split' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const core = adev.parent();
    const card = registerNode<AuxDrm>(adev, udev, { core, label: 'card' });
    const render = registerNode<AuxDrm>(adev, udev, { core, label: 'render' }); // expect: bindsafe/no-unregistered-device-use
    return { card, render };
  },
};
