// A probe configures the device through an alias and registers it through that alias, then uses only the registration.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const aliasDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-alias',
  idTable: [{ modname: 'b8f_gpu', name: 'alias' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const node = udev;
    node.data.frames = 3;
    const reg = drm.Registration.new(adev, node, { core: adev.asRef(), label: node.name }, 0);
    const { name } = reg.device();
    adev.asRef().info(`alias registered as ${name}`);
    return { reg };
  },
};
