// A slot object carries the device into the registration; the probe later bumps the frame count through the slot. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Slot<D extends drm.AnyDriver> {
  readonly udev: drm.UnregisteredDevice<D>;
  readonly label: string;
}

export const slotDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-slot',
  idTable: [{ modname: 'b14c', name: 'slot' }],
  probe(adev) {
    const slot: Slot<AuxDrm> = {
      udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
      label: 'slot0',
    };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: slot.label }, 0);
    slot.udev.data.frames += 1; // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
