// A probe publishes its node through a publish() helper and then keeps tuning the device the helper moved.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxRegData } from '../../../cases/_shared/aux-drm.js';

type RegOptions = Partial<Pick<AuxRegData, 'label'>> & { readonly flags?: number };

function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, { label = 'node', flags = 0 }: RegOptions = {}) {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, flags);
}

export const publishDriver: auxiliary.Driver<{ readonly reg: ReturnType<typeof publish> }> = {
  name: 'b14c-publish',
  idTable: [{ modname: 'b14c', name: 'publish' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = publish(adev, udev, { label: 'publish' });
    udev.data.frames = 120; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
