// A probe registers primary and fallback nodes through an imported register() helper, each with a fresh device.
import type { auxiliary, drm } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { fresh, register } from './lib/registrar.js';

export const fallbackOkDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-l4-fallback-ok',
  idTable: [{ modname: 'b14c', name: 'l4-fallback-ok' }],
  probe(adev) {
    const primary = register(adev, fresh(adev, auxDrm), { label: 'primary' });
    const spare = fresh(adev, auxDrm);
    spare.data.frames = 1;
    const fallback = register(adev, spare, { label: 'fallback', flags: 1 });
    return { regs: [primary, fallback] };
  },
};
