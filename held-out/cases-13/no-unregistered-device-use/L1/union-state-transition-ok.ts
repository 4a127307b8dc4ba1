// An auxiliary driver models bring-up as a discriminated-union state and, after the move, works only through the registered state. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type BringUp =
  | { readonly kind: 'allocated'; readonly udev: drm.UnregisteredDevice<AuxDrm> }
  | { readonly kind: 'registered'; readonly reg: drm.Registration<AuxDrm> };

export const stagedDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'auxstaged-l1-union-ok',
  idTable: [{ modname: 'auxcore', name: 'staged' }],
  probe(adev) {
    const allocated: BringUp = { kind: 'allocated', udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }) };
    allocated.udev.data.frames = 1;
    const next: BringUp = { kind: 'registered', reg: drm.Registration.new(adev, allocated.udev, { core: adev.asRef(), label: 'staged' }, 0) };
    next.reg.device().data.frames += 1;
    return { reg: next.reg };
  },
};
