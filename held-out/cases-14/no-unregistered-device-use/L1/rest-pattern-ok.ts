// A probe splits its setup record into the device and the rest, moves the device and keeps using the rest. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Setup { readonly udev: drm.UnregisteredDevice<AuxDrm>; readonly label: string; readonly flags: number }
type Meta = Omit<Setup, 'udev'>;

export const restDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly meta: Meta }> = {
  name: 'b14c-rest',
  idTable: [{ modname: 'b14c', name: 'rest' }],
  probe(adev) {
    const setup: Setup = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label: 'rest', flags: 0 };
    const { udev, ...meta } = setup;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: meta.label }, meta.flags);
    return { reg, meta: { ...meta, label: `${meta.label}:${reg.device().name}` } };
  },
};
