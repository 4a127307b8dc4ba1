// An auxiliary render node keeps its DRM registration in the driver data and only a drm.Device handle in a module-level slot.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

let lastDevice: AuxDevice | null = null;
let lastName = '';

interface RenderData {
  readonly id: number;
  readonly registration: drm.Registration<AuxDrm>;
}

export const renderDriver: auxiliary.Driver<RenderData> = {
  name: 'aux-render',
  idTable: [{ modname: 'nova_core', name: 'render' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const registration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `render${adev.id}` }, 0);
    lastDevice = registration.device();
    lastName = lastDevice.name;
    return { id: adev.id, registration };
  },
};

export const renderName = (): string => lastDevice?.name ?? lastName;
