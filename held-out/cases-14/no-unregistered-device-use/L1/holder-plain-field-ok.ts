// A slot object carries the device into the registration; afterwards the probe reads only the slot's own label. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Slot<D extends drm.AnyDriver> {
  readonly udev: drm.UnregisteredDevice<D>;
  readonly label: string;
  readonly weight: number;
}

export const slotOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly label: string }> = {
  name: 'b14c-slot-ok',
  idTable: [{ modname: 'b14c', name: 'slot-ok' }],
  probe(adev) {
    const slot: Slot<AuxDrm> = {
      udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
      label: 'slot0',
      weight: 2,
    };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: slot.label }, 0);
    return { reg, label: `${slot.label}/${slot.weight}` };
  },
};
