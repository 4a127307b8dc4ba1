// A probe maps its setup slots to labels with a nested-pattern callback, after the slot's device was moved. [class 6, class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Slot = { readonly udev: drm.UnregisteredDevice<AuxDrm>; readonly index: number };

export const labelsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly labels: string[] }> = {
  name: 'b14c-labels',
  idTable: [{ modname: 'b14c', name: 'labels' }],
  probe(adev) {
    const slot: Slot = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), index: 0 };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: 'labels' }, 0);
    const labels = [slot].map(({ udev: { name }, index }) => `${name}${index}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, labels };
  },
};
