// A frame-counter node seeds its private data and reads its name before the move, then uses the registered device.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxData } from '../../../cases/_shared/aux-drm.js';

type Seed = Omit<AuxData, 'adev'>;
const seed: Seed = { frames: 60 } satisfies Seed;

export const seededDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly label: string }> = {
  name: 'b14c-seeded',
  idTable: [{ modname: 'b14c', name: 'seeded' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = seed.frames;
    const prefix = udev.name;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: prefix }, 0);
    return { reg, label: `${reg.device().name}:${reg.device().data.frames}` };
  },
};
