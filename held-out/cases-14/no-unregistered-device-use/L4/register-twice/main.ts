// A probe registers primary and fallback nodes through an imported register() helper, passing the same device twice.
import type { auxiliary, drm } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { fresh, register } from './lib/registrar.js';

export const fallbackDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-l4-fallback',
  idTable: [{ modname: 'b14c', name: 'l4-fallback' }],
  probe(adev) {
    const udev = fresh(adev, auxDrm);
    const primary = register(adev, udev, { label: 'primary' });
    const fallback = register(adev, udev, { label: 'fallback', flags: 1 }); // expect: bindsafe/no-unregistered-device-use
    return { regs: [primary, fallback] };
  },
};
