// A probe turns its setup slots into registrations with a destructuring map callback; the slots are not used again. [class 7]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Slot<D extends drm.AnyDriver> = { readonly udev: drm.UnregisteredDevice<D>; readonly label: string };

const slotsFor = (adev: auxiliary.Device<device.Core>, labels: readonly string[]): Slot<AuxDrm>[] =>
  labels.map((label) => ({ udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), label }));

export const slotsDriver: auxiliary.Driver<{ readonly regs: drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-slots',
  idTable: [{ modname: 'b14c', name: 'slots' }],
  probe(adev) {
    const regs = slotsFor(adev, ['a', 'b']).map(({ udev, label }) => drm.Registration.new(adev, udev, { core: adev.asRef(), label }, 0));
    return { regs };
  },
};
