// An overloaded same-file publish() helper registers the device; probe calls it a second time for a render node with the same UnregisteredDevice.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>): drm.Registration<AuxDrm>;
function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): drm.Registration<AuxDrm>;
function publish(adev: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label?: string): drm.Registration<AuxDrm> {
  return drm.Registration.new(adev, udev, { core: adev.asRef(), label: label ?? 'card' }, 0);
}

interface DualData {
  readonly card: drm.Registration<AuxDrm>;
  readonly render: drm.Registration<AuxDrm>;
}

export const dualDriver: auxiliary.Driver<DualData> = {
  name: 'held11-dual',
  idTable: [{ modname: 'held11_gpu', name: 'dual' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 24 });
    const card = publish(adev, udev);
    const render = publish(adev, udev, 'renderD128'); // expect: bindsafe/no-unregistered-device-use
    return { card, render };
  },
};
