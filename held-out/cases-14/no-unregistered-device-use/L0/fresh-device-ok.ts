// A probe reuses one `let` for two nodes: after the first move it holds a freshly allocated device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const reuseDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-reuse',
  idTable: [{ modname: 'b14c', name: 'reuse' }],
  probe(adev) {
    let udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const first = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'first' }, 0);
    udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 1 });
    udev.data.frames += 1;
    const second = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'second' }, 0);
    return { regs: [first, second] };
  },
};
