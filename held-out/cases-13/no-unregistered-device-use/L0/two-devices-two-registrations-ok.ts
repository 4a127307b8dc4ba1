// An auxiliary driver registers a primary and a render node, each from its own unregistered device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const enum Node {
  Primary = 0,
  Render = 1,
}

export const mirrorDriver: auxiliary.Driver<{ readonly nodes: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'auxmirror-l0-two-ok',
  idTable: [{ modname: 'auxcore', name: 'mirror' }],
  probe(adev) {
    const primaryDev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const renderDev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, primaryDev, { core: adev.asRef(), label: 'primary' }, Node.Primary);
    const render = drm.Registration.new(adev, renderDev, { core: adev.asRef(), label: 'render' }, Node.Render);
    return { nodes: [primary, render] };
  },
};
