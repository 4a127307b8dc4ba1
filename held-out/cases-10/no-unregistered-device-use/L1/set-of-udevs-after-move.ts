// Pending devices wait in a Set; the probe registers the first and then iterates the set for names.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export const setDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly names: string[] }> = {
  name: 'b10d-set',
  idTable: [{ modname: 'b10d_gpu', name: 'set' }],
  probe(adev) {
    const pending = new Set<drm.UnregisteredDevice<AuxDrm>>();
    pending.add(drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }));
    const [first] = [...pending];
    const reg = drm.Registration.new(adev, first!, { core: adev.asRef(), label: 'set' }, 0);
    const names: string[] = [];
    for (const udev of pending) names.push(udev.name); // expect: bindsafe/no-unregistered-device-use
    return { reg, names };
  },
};
