// A probe registers primary and fallback nodes through a generic register() helper, passing the same device twice.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function register(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0);
}

export const fallbackDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-fallback',
  idTable: [{ modname: 'b14c', name: 'fallback' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const primary = register(adev, udev, 'primary');
    const fallback = register(adev, udev, 'fallback'); // expect: bindsafe/no-unregistered-device-use
    return { regs: [primary, fallback] };
  },
};
