// A probe registers primary and fallback nodes through a register() helper, each with its own fresh device.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const fresh = (adev: auxiliary.Device<device.Bound>) => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });

function register(parent: auxiliary.Device<device.Bound>, udev: ReturnType<typeof fresh>, label: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0);
}

export const fallbackOkDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-fallback-ok',
  idTable: [{ modname: 'b14c', name: 'fallback-ok' }],
  probe(adev) {
    const primary = register(adev, fresh(adev), 'primary');
    const fallback = register(adev, fresh(adev), 'fallback');
    return { regs: [primary, fallback] };
  },
};
