// A probe makes a tuple of two UnregisteredDevices and registers each exactly once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface DualData {
  readonly regs: readonly [drm.Registration<AuxDrm>, drm.Registration<AuxDrm>];
}

export const dualDriver: auxiliary.Driver<DualData> = {
  name: 'b8f-dual',
  idTable: [{ modname: 'b8f_gpu', name: 'dual' }],
  probe(adev) {
    const make = () => drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const [left, right] = [make(), make()] as const;
    right.data.frames = left.data.frames + 1;
    const regs = [
      drm.Registration.new(adev, left, { core: adev.asRef(), label: 'left' }, 0),
      drm.Registration.new(adev, right, { core: adev.asRef(), label: 'right' }, 0),
    ] as const;
    return { regs };
  },
};
