// A probe registers the same UnregisteredDevice again to get a second node, with a flags object.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const NodeFlags = { primary: 0, render: 1 << 1 } as const;

export const twinDriver: auxiliary.Driver<{ readonly nodes: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b9d-twin',
  idTable: [{ modname: 'b9d_gpu', name: 'twin' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'card' }, NodeFlags.primary);
    const render = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'render' }, NodeFlags.render); // expect: bindsafe/no-unregistered-device-use
    return { nodes: [primary, render] };
  },
};
