// A probe maps its setup slots to labels with a pattern callback that reads only the slots' plain fields. [class 6, class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Slot = { readonly udev: drm.UnregisteredDevice<AuxDrm>; readonly index: number; readonly tag: string };

export const labelsOkDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly labels: string[] }> = {
  name: 'b14c-labels-ok',
  idTable: [{ modname: 'b14c', name: 'labels-ok' }],
  probe(adev) {
    const slot: Slot = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), index: 0, tag: 'lbl' };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: 'labels' }, 0);
    const labels = [slot].map(({ tag, index = 0 }) => `${tag}${index}`);
    return { reg, labels };
  },
};
