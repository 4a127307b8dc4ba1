// A probe logs its setup slot with a helper that reads only the slot's plain vram field, after the move. [class 6]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Slot<D extends drm.AnyDriver> { readonly udev: drm.UnregisteredDevice<D>; readonly vram: number }

function logVram(parent: device.Device<device.Bound>, slot: Slot<AuxDrm>): void {
  parent.info(`vram: ${slot.vram >> 20} MiB`);
}

export const slotVramDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-slot-vram',
  idTable: [{ modname: 'b14c', name: 'slot-vram' }],
  probe(adev) {
    const slot: Slot<AuxDrm> = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), vram: 64 << 20 };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: 'slot-vram' }, 0);
    logVram(adev.asRef(), slot);
    return { reg };
  },
};
