// A probe logs its setup slot with a helper that reads the slot's device name, after the slot's device was moved. [class 6]
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Slot<D extends drm.AnyDriver> { readonly udev: drm.UnregisteredDevice<D>; readonly vram: number }

function logSlot(parent: device.Device<device.Bound>, slot: Slot<AuxDrm>): void {
  parent.info(`${slot.udev.name}: ${slot.vram >> 20} MiB`);
}

export const slotLogDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b14c-slot-log',
  idTable: [{ modname: 'b14c', name: 'slot-log' }],
  probe(adev) {
    const slot: Slot<AuxDrm> = { udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }), vram: 64 << 20 };
    const reg = drm.Registration.new(adev, slot.udev, { core: adev.asRef(), label: 'slot-log' }, 0);
    logSlot(adev.asRef(), slot); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
