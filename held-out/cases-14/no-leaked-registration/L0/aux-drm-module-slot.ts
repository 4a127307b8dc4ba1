// An auxiliary render node keeps its DRM registration only in a module-level slot keyed by device id.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

let lastRegistration: drm.Registration<AuxDrm> | null = null;

interface RenderData {
  readonly id: number;
}

export const renderDriver: auxiliary.Driver<RenderData> = {
  name: 'aux-render',
  idTable: [{ modname: 'nova_core', name: 'render' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    lastRegistration = drm.Registration.new(adev, udev, { core: adev.asRef(), label: `render${adev.id}` }, 0); // expect: bindsafe/no-leaked-registration
    return { id: adev.id };
  },
};

export const renderName = (): string => lastRegistration?.device().name ?? 'none';
