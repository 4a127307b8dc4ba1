// An auxiliary driver registers a primary and a "shadow" node for one DRM device, giving the same unregistered device twice.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const enum Node {
  Primary = 0,
  Render = 1,
}

export const mirrorDriver: auxiliary.Driver<{ readonly nodes: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'auxmirror-l0-twice',
  idTable: [{ modname: 'auxcore', name: 'mirror' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'primary' }, Node.Primary);
    const render = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'render' }, Node.Render); // expect: bindsafe/no-unregistered-device-use
    return { nodes: [primary, render] };
  },
};
