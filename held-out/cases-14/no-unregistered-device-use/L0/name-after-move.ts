// An auxiliary GPU node logs its DRM name through a generic describe helper type, but reads it from the moved device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Named = Pick<drm.UnregisteredDevice<AuxDrm>, 'name'>;
interface NodeData { readonly reg: drm.Registration<AuxDrm>; readonly label: string }

export const nameAfterMove: auxiliary.Driver<NodeData> = {
  name: 'b14c-name-after-move',
  idTable: [{ modname: 'b14c', name: 'gpu0' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'gpu0' }, 0);
    const label: Named['name'] = udev.name; // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
