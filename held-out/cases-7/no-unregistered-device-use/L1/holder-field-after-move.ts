// A driver keeps its UnregisteredDevice in a pending-setup record, registers it via the field, then logs through the field. [class 6]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

interface Pending {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly label: string;
}

interface OverlayData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const overlayDriver: auxiliary.Driver<OverlayData> = {
  name: 'held7-overlay',
  idTable: [{ modname: 'held7_gpu', name: 'overlay' }],
  probe(adev) {
    const pending: Pending = {
      udev: drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 }),
      label: 'overlay',
    };
    const reg = drm.Registration.new(adev, pending.udev, { core: adev.asRef(), label: pending.label }, 0);
    adev.asRef().info(`overlay: ${pending.udev.name} published`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
