// An auxiliary driver's ops table reads only a slot's plain fields after the slot's device was registered. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Slot {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly lanes: number;
}

interface SlotOps {
  budget(slot: Slot): number;
  prime(slot: Slot): void;
}

const ops: SlotOps = {
  budget(slot) {
    return slot.lanes * 4;
  },
  prime(slot) {
    slot.udev.data.frames = slot.lanes;
  },
};

export const slotOpsDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm>; readonly budget: number }> = {
  name: 'auxops-l3-plain-ok',
  idTable: [{ modname: 'auxcore', name: 'slotops' }],
  probe(adev) {
    const slot: Slot = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), lanes: 4 };
    ops.prime(slot);
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: 'slot' }, 0);
    const budget = ops.budget(slot);
    return { reg, budget };
  },
};
