// A probe tunes the device, publishes it through a helper, and then tunes the registered device the helper returned.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxRegData } from '../../../cases/_shared/aux-drm.js';

type RegOptions = Partial<Pick<AuxRegData, 'label'>> & { readonly flags?: number };

function publish(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, { label = 'node', flags = 0 }: RegOptions = {}) {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, flags);
}

export const publishOkDriver: auxiliary.Driver<{ readonly reg: ReturnType<typeof publish> }> = {
  name: 'b14c-publish-ok',
  idTable: [{ modname: 'b14c', name: 'publish-ok' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = 60;
    const reg = publish(adev, udev, { label: 'publish' });
    reg.device().data.frames = 120;
    return { reg };
  },
};
