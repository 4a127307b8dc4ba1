// A probe validates its pending devices with every() after registering them: the callback reads moved devices. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const nonNegative = <T extends { readonly data: { readonly frames: number } }>(x: T): boolean => x.data.frames >= 0;

export const validateDriver: auxiliary.Driver<{ readonly regs: readonly drm.Registration<AuxDrm>[] }> = {
  name: 'b14c-validate',
  idTable: [{ modname: 'b14c', name: 'validate' }],
  probe(adev) {
    const pending = [drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 4 })];
    const regs = [drm.Registration.new(adev, pending[0]!, { core: adev.asRef(), label: 'v0' }, 0)];
    if (!pending.every((u) => u.data.frames >= 0)) throw new Error('bad frames'); // expect: bindsafe/no-unregistered-device-use
    if (!regs.every((r) => nonNegative(r.device()))) throw new Error('bad registered frames');
    return { regs };
  },
};
