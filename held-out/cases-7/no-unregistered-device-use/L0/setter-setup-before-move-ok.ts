// A DRM driver replaces the private data through the UnregisteredDevice setter, then registers; later it uses reg.device().
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DisplayData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly name: string;
}

export const displayDriver: auxiliary.Driver<DisplayData, { warmFrames: number }> = {
  name: 'held7-display-setter',
  idTable: [{ modname: 'held7_gpu', name: 'display', info: { warmFrames: 3 } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data = { ...udev.data, frames: info?.warmFrames ?? 0 };
    adev.asRef().info(`display: setting up ${udev.name}`);
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'display' }, 0);
    return { reg, name: reg.device().name };
  },
};
